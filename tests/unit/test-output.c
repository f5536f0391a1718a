/*
 * test-output.c: text for people (terminal.c, json-csv.c) and the UTF-8 helpers under it
 * (util.c): cells and wrapped lines cut only between characters and never
 * read past the end of their string, whatever bytes it holds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json-csv.h"
#include "terminal.h"
#include "util.h"

/* What fn(out, ...) writes, as a malloc'd string. */
#define CAPTURE(var, call)                                        \
	do {                                                      \
		size_t len_;                                      \
		FILE *out = open_memstream(&(var), &len_);        \
		assert_non_null(out);                             \
		call;                                             \
		fclose(out);                                      \
	} while (0)

/* 1 if s is valid UTF-8 throughout. */
static int valid(const char *s)
{
	return utf8_invalid_at(s, strlen(s)) == strlen(s);
}

static void decode(void **state)
{
	(void)state;
	uint32_t cp;
	assert_int_equal(utf8_decode("a", 1, &cp), 1);
	assert_int_equal(cp, 'a');
	assert_int_equal(utf8_decode("\xc3\xa9", 2, &cp), 2);
	assert_int_equal(cp, 0xe9);
	assert_int_equal(utf8_decode("\xe4\xb8\xad", 3, &cp), 3);
	assert_int_equal(cp, 0x4e2d);
	assert_int_equal(utf8_decode("\xf0\x9f\x93\x85", 4, &cp), 4);
	assert_int_equal(cp, 0x1f4c5);
	assert_int_equal(utf8_decode("\xc3\xa9", 1, &cp), 0);	      /* cut short */
	assert_int_equal(utf8_decode("\xf0", 1, &cp), 0);	      /* a lone lead byte */
	assert_int_equal(utf8_decode("\xa9", 1, &cp), 0);	      /* a lone continuation */
	assert_int_equal(utf8_decode("\xc0\xaf", 2, &cp), 0);	      /* overlong */
	assert_int_equal(utf8_decode("\xed\xa0\x80", 3, &cp), 0);     /* a surrogate */
	assert_int_equal(utf8_decode("\xf4\x90\x80\x80", 4, &cp), 0); /* above U+10FFFF */
	assert_int_equal(utf8_invalid_at("abc\xf0", 4), 3);
	assert_int_equal(utf8_invalid_at("ab\xc3\xa9", 4), 4);
}

/* A lone lead byte at the end: the wrapper stops at the string's end (the
 * bytes after the NUL are never read) and shows the byte as U+FFFD. */
static void wrapped_lone_lead_byte(void **state)
{
	(void)state;
	static const char text[] = "abc\xf0\0XYZ";
	char *got;
	CAPTURE(got, print_wrapped(out, text, 4, 20));
	assert_string_equal(got, "abc\xef\xbf\xbd\n");
	free(got);
	CAPTURE(got, print_cell(out, text, 6));
	assert_string_equal(got, "abc\xef\xbf\xbd  ");
	free(got);
	assert_int_equal(text_width(text), 4);
}

/* Text cut short inside a character (a fixed buffer filled by snprintf):
 * every line is whole characters, the cut one shown as U+FFFD. */
static void wrapped_cut_character(void **state)
{
	(void)state;
	char text[512];
	struct buf b;
	buf_init(&b);
	for (int i = 0; i < 300; i++)
		buf_puts(&b, "\xc3\xa9");
	snprintf(text, sizeof text, "%s", b.data); /* 255 whole, then a lead byte */
	buf_free(&b);
	char *got;
	CAPTURE(got, print_wrapped(out, text, 0, 37));
	assert_true(valid(got));
	int lines = 0, chars = 0;
	for (char *p = got; *p; p++) {
		lines += *p == '\n';
		chars += (*p & 0xC0) != 0x80 && *p != '\n';
	}
	assert_int_equal(chars, 256); /* 255 and the U+FFFD */
	assert_int_equal(lines, 7);   /* 37 columns a line */
	free(got);
	/* a cell cut in the middle of such text ends on a whole character */
	CAPTURE(got, print_cell(out, text, 10));
	assert_true(valid(got));
	assert_int_equal(text_width(got), 10);
	free(got);
}

/* A word longer than the line is cut between characters. */
static void wrapped_long_word(void **state)
{
	(void)state;
	char *got;
	CAPTURE(got, print_wrapped(out, "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9 x", 2, 8));
	assert_string_equal(got, "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\n  \xc3\xa9 x\n");
	free(got);
}

/* Columns are display columns: two for CJK and emoji, none for a
 * combining mark or a control. */
static void display_width(void **state)
{
	(void)state;
	assert_int_equal(text_width("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6"), 8); /* 中文字符 */
	assert_int_equal(text_width("\xf0\x9f\x93\x85"), 2);				 /* 📅 */
	assert_int_equal(text_width("e\xcc\x81"), 1);					 /* e + U+0301 */
	assert_int_equal(text_width("a\033[8mb"), 5);						 /* ESC takes none */
	char *got;
	CAPTURE(got, print_cell(out, "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6", 6));
	assert_string_equal(got, "\xe4\xb8\xad\xe6\x96\x87\xe2\x80\xa6 "); /* 中文… and a space: 6 */
	free(got);
	CAPTURE(got, print_cell(out, "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6", 8));
	assert_string_equal(got, "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6"); /* fits exactly */
	free(got);
	CAPTURE(got, print_wrapped(out, "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6\xe4\xb8\xad\xe6\x96\x87", 0, 8));
	assert_string_equal(got, "\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97\xe7\xac\xa6\n\xe4\xb8\xad\xe6\x96\x87\n");
	free(got);
	/* a case number is never cut */
	CAPTURE(got, print_whole(out, "1:25-cv-00077", 11));
	assert_string_equal(got, "1:25-cv-00077");
	free(got);
	CAPTURE(got, print_whole(out, "1:1", 5));
	assert_string_equal(got, "1:1  ");
	free(got);
}

/* No control character reaches the page; tab and newline inside a cell are
 * spaces; CSV neutralises formulas and quotes what needs it. */
static void controls_and_csv(void **state)
{
	(void)state;
	char *got;
	CAPTURE(got, print_cell(out, "a\033]52;c;QQ==\007b\xc2\x9b" "2J\r\x7f", 14));
	assert_string_equal(got, "a]52;c;QQ==b2J");
	free(got);
	CAPTURE(got, print_wrapped(out, "a\tb\033[8m c", 2, 20));
	assert_string_equal(got, "a b[8m c\n");
	free(got);
	CAPTURE(got, (csv_field(out, "=1+2"), fputc(',', out), csv_field(out, "-3"), fputc(',', out),
		      csv_field(out, "@x"), fputc(',', out), csv_field(out, "+y"), fputc(',', out),
		      csv_field(out, "\tz"), fputc(',', out), csv_field(out, "a,\"b\""), fputc(',', out),
		      csv_field(out, "plain"), fputc(',', out), csv_field(out, NULL)));
	assert_string_equal(got, "\"'=1+2\",\"'-3\",\"'@x\",\"'+y\",\"'\tz\",\"a,\"\"b\"\"\",plain,");
	free(got);
}

/* JSON: a string that is not UTF-8 becomes one with U+FFFD, never NULL. */
static void json_never_null(void **state)
{
	(void)state;
	json_t *j = json_text("abc\xf0");
	assert_non_null(j);
	assert_string_equal(json_string_value(j), "abc\xef\xbf\xbd");
	json_decref(j);
	j = json_text("\xff\xfeok\xc3");
	assert_string_equal(json_string_value(j), "\xef\xbf\xbd\xef\xbf\xbdok\xef\xbf\xbd");
	json_decref(j);
	j = json_text(NULL);
	assert_true(json_is_null(j));
	json_decref(j);
}

int main(void)
{
	setlocale(LC_CTYPE, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decode),
		cmocka_unit_test(wrapped_lone_lead_byte),
		cmocka_unit_test(wrapped_cut_character),
		cmocka_unit_test(wrapped_long_word),
		cmocka_unit_test(display_width),
		cmocka_unit_test(controls_and_csv),
		cmocka_unit_test(json_never_null),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
