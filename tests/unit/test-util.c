/*
 * test-util.c: buf_printf formats the conversions it handles itself (%s %c
 * %d %u with -, 0, a width, l, ll and z, and %%) exactly as the C library
 * does, and hands every other format to the C library; uint_text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

/* buf_printf and snprintf agree on one format and its arguments. */
#define SAME(...)                                                            \
	do {                                                                 \
		char want[512];                                              \
		snprintf(want, sizeof want, __VA_ARGS__);                    \
		struct buf b;                                                \
		buf_init(&b);                                                \
		buf_puts(&b, "<");                                           \
		buf_printf(&b, __VA_ARGS__);                                 \
		assert_string_equal(b.data + 1, want);                       \
		assert_int_equal(b.len, strlen(want) + 1);                   \
		buf_free(&b);                                                \
		checked++;                                                   \
	} while (0)

static void same_as_the_c_library(void **state)
{
	(void)state;
	int checked = 0;
	SAME("plain text, no conversion");
	SAME("%s", "");
	SAME("%s and %s", "one", "two");
	SAME("[%10s] [%-10s] [%3s] [%-3s]", "right", "left", "longer", "longer");
	SAME("%c%c%c", 'a', 'b', '%');
	SAME("[%5c] [%-5c]", 'x', 'y');
	SAME("100%% of %d", 7);
	static const long long values[] = {0, 1, -1, 9, 10, -10, 99, 12345, -12345, INT_MAX, INT_MIN,
					   LLONG_MAX, LLONG_MIN, 1000000007LL};
	for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
		long long v = values[i];
		int iv = (int)v;
		SAME("%d|%5d|%-5d|%05d|%02d|%0d", iv, iv, iv, iv, iv, iv);
		SAME("%u|%7u|%07u", (unsigned)iv, (unsigned)iv, (unsigned)iv);
		SAME("%ld|%12ld|%012ld", (long)v, (long)v, (long)v);
		SAME("%lld|%25lld|%-25lld|", v, v, v);
		SAME("%lu|%llu", (unsigned long)v, (unsigned long long)v);
		SAME("%zu|%zd|%08zu", (size_t)v, (ssize_t)v, (size_t)v);
	}
	SAME("%02d:%02d on %s", 9, 5, "Mon 2017-06-19");
	/* handed to the C library: precision, other conversions, flags */
	SAME("%.3s|%x|%5.2f|%+d|% d|%p", "abcdef", 255u, 3.14159, 5, 5, (void *)0);
	SAME("%.*s/%s", 3, "abcdef", "tail");
	assert_int_equal(checked, 6 * 14 + 10);
}

static void long_output(void **state)
{
	(void)state;
	char big[5000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	struct buf b;
	buf_init(&b);
	buf_printf(&b, "%s|%d", big, 42);
	assert_int_equal(b.len, sizeof big - 1 + 3);
	assert_string_equal(b.data + sizeof big - 1, "|42");
	buf_printf(&b, "%.2s", "abc"); /* the C library's path, after ours */
	assert_string_equal(b.data + sizeof big - 1, "|42ab");
	buf_free(&b);
}

static void uint_text_digits(void **state)
{
	(void)state;
	char d[24];
	assert_string_equal(uint_text(0, d), "0");
	assert_string_equal(uint_text(7, d), "7");
	assert_string_equal(uint_text(1234567890, d), "1234567890");
	assert_string_equal(uint_text(ULLONG_MAX, d), "18446744073709551615");
}

/* A process's identity says it runs while it runs, and not once it is gone,
 * even if its pid were reused (the start time is part of it). */
static void process_identity_outlives_pid(void **state)
{
	(void)state;
	char self[160], child[160];
	assert_int_equal(process_identity((long)getpid(), self, sizeof self), 0);
	assert_true(process_running(self));
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		pause();
		_exit(0);
	}
	assert_int_equal(process_identity((long)pid, child, sizeof child), 0);
	assert_true(process_running(child));
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	assert_false(process_running(child));
	/* the same pid with another start time is another process */
	char other[200];
	snprintf(other, sizeof other, "%ld 1 %s", (long)getpid(), strchr(strchr(self, ' ') + 1, ' ') + 1);
	assert_false(process_running(other));
	assert_false(process_running("not a pid"));
}

/* --mode values: read and write bits only. */
static void file_modes(void **state)
{
	(void)state;
	int mode = -1;
	assert_int_equal(parse_file_mode("0644", &mode), 0);
	assert_int_equal(mode, 0644);
	assert_int_equal(parse_file_mode("600", &mode), 0);
	assert_int_equal(mode, 0600);
	const char *bad[] = {"0755", "4644", "64", "0o644", "u+r", "", "06444", "0648"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(parse_file_mode(bad[i], &mode), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(same_as_the_c_library), cmocka_unit_test(long_output),
					   cmocka_unit_test(uint_text_digits),
					   cmocka_unit_test(process_identity_outlives_pid), cmocka_unit_test(file_modes)};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
