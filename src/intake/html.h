/*
 * html.h: the text of an HTML e-mail body (most CM/ECF notices are HTML
 * only). Pure. Tags are dropped; the elements that begin a block (p, br, div,
 * tr, table, li, h1-h6, blockquote) begin a line; white space inside the
 * text is folded to one space, as a browser shows it; character references
 * (&amp; &nbsp; &#8203; &#x2019; ...) are decoded; script and style are
 * dropped whole; a NUL byte is white space. The target of each link is kept.
 */
#ifndef DL_HTML_H
#define DL_HTML_H

#include <stddef.h>

/* The text of html[0..len) (malloc'd, *out_len bytes); *links (malloc'd)
 * gets the href of each link, one a line. */
char *html_to_text(const char *html, size_t len, size_t *out_len, char **links);

#endif
