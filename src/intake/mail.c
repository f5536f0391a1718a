/*
 * mail.c: e-mail through GMime (see mail.h): a message's parts walked,
 * multiparts and attached messages included, for the text of a notice.
 */
#include "mail.h"

#include <errno.h>
#include <gmime/gmime.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "mail-internal.h"
#include "util.h"

void mail_init(void)
{
	static int done;
	if (!done) {
		g_mime_init();
		done = 1;
	}
}

/* The text parts of obj, depth first, into a list (plain and html apart). */
static void text_parts(GMimeObject *obj, GPtrArray *plain, GPtrArray *html, int depth)
{
	if (!obj || depth > 8)
		return;
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *m = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		if (m)
			text_parts(g_mime_message_get_mime_part(m), plain, html, depth + 1);
		return;
	}
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		int n = g_mime_multipart_get_count(mp);
		for (int i = 0; i < n; i++)
			text_parts(g_mime_multipart_get_part(mp, i), plain, html, depth + 1);
		return;
	}
	if (!GMIME_IS_TEXT_PART(obj))
		return;
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	if (g_mime_content_type_is_type(ct, "text", "html"))
		g_ptr_array_add(html, obj);
	else if (g_mime_content_type_is_type(ct, "text", "plain"))
		g_ptr_array_add(plain, obj);
}

int mail_notice(GMimeMessage *msg, struct notice *out, char **why)
{
	GPtrArray *plain = g_ptr_array_new(), *html = g_ptr_array_new();
	const char *subject = g_mime_message_get_subject(msg);
	int rc = NEF_NOT_NOTICE;
	char *first_why = NULL;
	text_parts(g_mime_message_get_mime_part(msg), plain, html, 0);
	/* plain text first (its lines are the notice's own), then HTML */
	for (int pass = 0; pass < 2 && rc != NEF_OK; pass++) {
		GPtrArray *parts = pass ? html : plain;
		for (guint i = 0; i < parts->len && rc != NEF_OK; i++) {
			char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(parts->pdata[i]));
			char *links = NULL, *w = NULL, *t = text;
			size_t len = text ? strlen(text) : 0;
			if (!text)
				continue;
			if (pass)
				t = html_to_text(text, len, &len, &links);
			rc = nef_parse(t, len, subject, links, out, &w);
			/* the first error that says more than "not a notice" is the one kept */
			if (rc != NEF_OK && (!first_why || rc != NEF_NOT_NOTICE)) {
				if (!first_why || strstr(first_why, "is not a CM/ECF")) {
					free(first_why);
					first_why = w;
					w = NULL;
				}
			}
			free(w);
			if (pass)
				free(t);
			free(links);
			g_free(text);
		}
	}
	if (rc != NEF_OK) {
		*why = first_why ? first_why
				 : xstrdup("is not a CM/ECF notice of electronic filing (it has no "
					   "text)");
		/* the error the kept message names */
		if (strstr(*why, "not in the court registry"))
			rc = NEF_UNKNOWN_COURT;
		else if (strstr(*why, "no docket text"))
			rc = NEF_NO_DOCKET_TEXT;
		else if (strstr(*why, "no case number"))
			rc = NEF_NO_CASE;
		else
			rc = NEF_NOT_NOTICE;
	} else {
		free(first_why);
	}
	g_ptr_array_free(plain, TRUE);
	g_ptr_array_free(html, TRUE);
	return rc;
}

int mail_read(const char *path, struct notice *out, char **why)
{
	char *data = NULL;
	size_t len = 0;
	memset(out, 0, sizeof *out);
	if (read_file(path, &data, &len, MESSAGE_MAX_BYTES) != 0) {
		*why = errno == EFBIG
			       ? xasprintf("is larger than %u MB: is it one e-mail? (a mailbox: "
					   "give it with --mail)",
					   MESSAGE_MAX_BYTES >> 20)
			       : xasprintf("cannot be read: %s", strerror(errno));
		return -1;
	}
	mail_init();
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	g_object_unref(stream);
	/* an mbox's "From " line first is no header */
	if (len >= 5 && !memcmp(data, "From ", 5))
		g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
	free(data);
	GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
	g_object_unref(parser);
	if (!msg) {
		*why = xstrdup("is not an e-mail GMime can read");
		return -1;
	}
	int rc = mail_notice(msg, out, why);
	g_object_unref(msg);
	return rc;
}
