/*
 * terminal.h: text shown to people: terminal colours, UTF-8-safe cells and
 * wrapped lines, the report's width, and the one filter every character
 * shown on a terminal goes through (output_guard).
 */
#ifndef DL_TERMINAL_H
#define DL_TERMINAL_H

#include <stdio.h>

/* Print s in exactly width terminal columns (UTF-8 aware; cut with "…", padded). */
void print_cell(FILE *out, const char *s, int width);
/* Print s whole (a case number is never cut), padded to width columns. */
void print_whole(FILE *out, const char *s, int width);
/* The width of the report: the terminal's when standard output is one (at
 * least 40 columns), else 80. */
int output_width(void);
/* Print s word-wrapped to width columns; continuation lines are indented by
 * indent spaces (the column s started in). Ends with a newline. */
void print_wrapped(FILE *out, const char *s, int indent, int width);
/* Number of terminal columns s takes (its display width, as wcwidth says:
 * two for CJK and emoji, none for a combining mark or a control). */
int text_width(const char *s);

/* Standard output and standard error for a terminal: from this call on,
 * every character written to stdout or stderr goes through one filter that
 * leaves out C0 controls but tab and newline, DEL and C1 controls (so no
 * escape sequence from an order or a stored value can act on the terminal)
 * and shows each byte that is not UTF-8 as U+FFFD. main() calls it first. */
void output_guard(void);
/* Standard output without the filter, for a byte-exact machine format (an
 * iCalendar feed) and our own colours; what went to stdout before is
 * flushed first, so the order is kept. */
FILE *output_raw(void);
/* Flush stdout (and stderr) through to their files: 0, or -1 with errno
 * (e.g. ENOSPC) when the output could not be written. */
int output_flush(void);
/* On a terminal, let a pager show standard output from here on, as git
 * does: DEADLINES_PAGER, else PAGER, else less ("cat" or "" for none; its
 * words are split at blanks and run without a shell), with LESS=FRX unless
 * LESS is set (a short report ends at once, colours pass, the screen stays).
 * output_width() keeps the terminal's width. */
void output_pager(void);
/* Flush, close standard output and wait for the pager, if one runs. */
void output_end(void);
/* Write a colour escape (color_for_days, color_reset) to stdout as it is. */
void color_put(const char *code);

/* ANSI colour escapes, or "" when colour is off. */
const char *color_for_days(int color, int days_left);
const char *color_reset(int color);

#endif
