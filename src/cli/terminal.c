/*
 * terminal.c: text shown to people: fixed-width cells and wrapped lines
 * (UTF-8 aware), colours, the report's width, and the one filter every
 * character written to standard output and standard error goes through.
 */
#include "terminal.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>

#include "util.h"

/* One character of text shown to people: its bytes in the string and the
 * columns it takes. A byte that does not begin a valid UTF-8 character is a
 * character of its own, shown as U+FFFD. */
struct tchar {
	size_t len;  /* bytes (at least 1) */
	uint32_t cp; /* code point; 0xFFFD for an invalid byte */
	int width;   /* terminal columns */
	int valid;   /* 0: a byte that is not UTF-8 */
};

static const char replacement[] = "\xef\xbf\xbd"; /* U+FFFD */

/* 1 for the characters no text of ours may send a terminal: the C0 controls
 * (ESC begins every escape sequence; CR and BS overwrite what was shown), DEL
 * and the C1 controls (U+009B is a CSI of its own). Tab and newline are
 * kept where the caller allows them. */
static int is_control(uint32_t cp)
{
	return unicode_control(cp);
}

/* The character at s, n > 0 bytes before the string's end. */
static struct tchar tchar_at(const char *s, size_t n)
{
	unsigned char b = (unsigned char)*s;
	if (b >= 0x20 && b < 0x7F) /* printable ASCII: most of it */
		return (struct tchar){1, b, 1, 1};
	struct tchar c = {1, 0xFFFD, 1, 0};
	size_t len = utf8_decode(s, n, &c.cp);
	if (len)
		c.len = len, c.valid = 1;
	else
		c.cp = 0xFFFD;
	if (is_control(c.cp))
		c.width = c.cp == '\t'; /* (a tab in a cell is shown as a space) */
	else if (c.valid) /* two for CJK and emoji, none for a combining mark */
		c.width = wcwidth((wchar_t)c.cp) >= 0 ? wcwidth((wchar_t)c.cp) : 1;
	return c;
}

enum { TERM_FLAT = 1 }; /* a cell or a wrapped line: tab and newline as spaces */

/* Write s[0, n) for a terminal: each invalid byte as U+FFFD, no control
 * character but tab and newline (TERM_FLAT: those as spaces). 0, or -1
 * when out has an error. */
static int term_put(FILE *out, const char *s, size_t n, int flags)
{
	size_t i = 0;
	while (i < n) {
		size_t run = i; /* printable ASCII: as it is */
		while (run < n && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7F)
			run++;
		fwrite(s + i, 1, run - i, out);
		if ((i = run) == n)
			break;
		struct tchar c = tchar_at(s + i, n - i);
		if (c.cp == '\t' || c.cp == '\n')
			fputc(flags & TERM_FLAT ? ' ' : (int)c.cp, out);
		else if (!c.valid)
			fputs(replacement, out);
		else if (!is_control(c.cp))
			fwrite(s + i, 1, c.len, out);
		i += c.len;
	}
	return ferror(out) ? -1 : 0;
}

int text_width(const char *s)
{
	int w = 0;
	for (size_t i = 0, n = strlen(s); i < n;) {
		struct tchar c = tchar_at(s + i, n - i);
		w += c.width;
		i += c.len;
	}
	return w;
}

void print_whole(FILE *out, const char *s, int width)
{
	if (!s)
		s = "";
	term_put(out, s, strlen(s), TERM_FLAT);
	for (int col = text_width(s); col < width; col++)
		fputc(' ', out);
}

/* The terminal's width, as it was when a pager took standard output over
 * (0: none has). */
static int paged_width;

int output_width(void)
{
	struct winsize ws;
	if (paged_width)
		return paged_width;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40)
		return ws.ws_col;
	return 80;
}

void print_cell(FILE *out, const char *s, int width)
{
	if (!s)
		s = "";
	size_t n = strlen(s), i = 0;
	int col = text_width(s);
	if (col <= width) {
		term_put(out, s, n, TERM_FLAT);
	} else { /* as many whole characters as fit before the "…" */
		col = 0;
		while (i < n) {
			struct tchar c = tchar_at(s + i, n - i);
			if (col + c.width > width - 1)
				break;
			term_put(out, s + i, c.len, TERM_FLAT);
			col += c.width;
			i += c.len;
		}
		fputs("\xe2\x80\xa6", out); /* … */
		col++;
	}
	for (; col < width; col++)
		fputc(' ', out);
}

const char *color_for_days(int color, int days_left)
{
	if (!color)
		return "";
	if (days_left < 0)
		return "\033[1;31m"; /* overdue: bold red */
	if (days_left <= 3)
		return "\033[31m";
	if (days_left <= 7)
		return "\033[33m";
	return "";
}

const char *color_reset(int color)
{
	return color ? "\033[0m" : "";
}

void print_wrapped(FILE *out, const char *s, int indent, int width)
{
	const char *p = s ? s : "", *stop = p + strlen(p);
	int first = 1;
	if (width < 8)
		width = 8;
	p += strspn(p, " ");
	do {
		/* Take as many whole words as fit; a word longer than the line is
		 * cut between two characters. A newline ends the line. */
		const char *q = p, *cut = NULL;
		int col = 0;
		while (q < stop && *q != '\n') {
			struct tchar c = tchar_at(q, (size_t)(stop - q));
			if (*q == ' ')
				cut = q;
			if (col + c.width > width)
				break;
			col += c.width;
			q += c.len;
		}
		const char *end = q == stop || *q == '\n' || *q == ' ' ? q : cut && cut > p ? cut : q;
		if (end == p && q < stop && *q != '\n') /* a character wider than the line */
			end += tchar_at(p, (size_t)(stop - p)).len;
		if (!first)
			fprintf(out, "%*s", indent, "");
		term_put(out, p, (size_t)(end - p), TERM_FLAT);
		fputc('\n', out);
		first = 0;
		p = end;
		if (p < stop && *p == '\n')
			p++;
		else
			p += strspn(p, " ");
	} while (p < stop);
}

/* ---- standard output and standard error, guarded ---- */

/* A stream that passes what is written to it on to another, through
 * term_put: whatever a command prints, no control character of the data
 * reaches the terminal. A character that a write cuts short waits for the
 * next write. */
struct guard {
	FILE *to;
	char held[4];
	size_t nheld;
};

static struct guard out_guard, err_guard;
static FILE *raw_stdout; /* NULL until output_guard() */

/* How many bytes at the end of s[0, n) begin a character that is not yet
 * complete (0 if none). */
static size_t incomplete_tail(const char *s, size_t n)
{
	for (size_t back = 1; back <= 3 && back <= n; back++) {
		unsigned char c = (unsigned char)s[n - back];
		if ((c & 0xC0) == 0x80)
			continue;
		size_t want = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
		return want > back ? back : 0;
	}
	return 0;
}

static ssize_t guard_write(void *cookie, const char *data, size_t size)
{
	struct guard *g = cookie;
	struct buf b;
	const char *s = data;
	size_t n = size;
	buf_init(&b);
	if (g->nheld) {
		buf_add(&b, g->held, g->nheld);
		buf_add(&b, data, size);
		s = b.data, n = b.len;
	}
	size_t keep = incomplete_tail(s, n);
	int rc = term_put(g->to, s, n - keep, 0);
	memcpy(g->held, s + n - keep, keep);
	g->nheld = keep;
	buf_free(&b);
	return rc ? -1 : (ssize_t)size;
}

/* A guarded stream writing to *to (which it then replaces). */
static void guard_install(FILE **to, struct guard *g, int mode)
{
	cookie_io_functions_t io = {NULL, guard_write, NULL, NULL};
	g->to = *to;
	g->nheld = 0;
	FILE *f = fopencookie(g, "w", io);
	if (!f)
		return; /* (out of memory: unguarded) */
	setvbuf(f, NULL, mode, BUFSIZ);
	*to = f;
}

void output_guard(void)
{
	if (raw_stdout)
		return;
	raw_stdout = stdout;
	guard_install(&stdout, &out_guard, isatty(fileno(raw_stdout)) ? _IOLBF : _IOFBF);
	guard_install(&stderr, &err_guard, _IONBF);
}

/* Flush guarded stream f through to g's stream: what was held back (a
 * character cut short, which nothing completed) goes as U+FFFD. */
static int guard_flush(FILE *f, struct guard *g)
{
	int rc = fflush(f);
	if (g->nheld) {
		fputs(replacement, g->to);
		g->nheld = 0;
	}
	return fflush(g->to) || rc ? -1 : 0;
}

FILE *output_raw(void)
{
	if (!raw_stdout)
		return stdout;
	guard_flush(stdout, &out_guard);
	return raw_stdout;
}

int output_flush(void)
{
	if (!raw_stdout)
		return fflush(stdout) == 0 && !ferror(stdout) ? 0 : -1;
	errno = 0;
	int rc = guard_flush(stdout, &out_guard) || ferror(stdout) || ferror(raw_stdout) ? -1 : 0;
	int saved = errno ? errno : EIO;
	guard_flush(stderr, &err_guard);
	errno = saved;
	return rc;
}

/* ---- the pager ---- */

static pid_t pager_pid;

void output_pager(void)
{
	const char *pager = getenv("DEADLINES_PAGER"), *term = getenv("TERM");
	if (!pager)
		pager = getenv("PAGER");
	if (!pager)
		pager = "less";
	if (pager_pid || !isatty(STDOUT_FILENO) || (term && !strcmp(term, "dumb")) ||
	    !pager[strspn(pager, " \t")] || !strcmp(pager, "cat"))
		return;
	/* the pager's words, split at blanks (no shell is run) */
	char *copy = xstrdup(pager), *argv[16], *save = NULL;
	int argc = 0;
	for (char *w = strtok_r(copy, " \t", &save); w && argc < 15; w = strtok_r(NULL, " \t", &save))
		argv[argc++] = w;
	argv[argc] = NULL;
	int fds[2];
	paged_width = output_width();
	output_flush();
	if (pipe(fds) != 0) {
		paged_width = 0;
		free(copy);
		return;
	}
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[0], STDIN_FILENO);
		close(fds[0]);
		close(fds[1]);
		setenv("LESS", getenv("LESS") ? getenv("LESS") : "FRX", 1);
		setenv("LV", getenv("LV") ? getenv("LV") : "-c", 1);
		execvp(argv[0], argv);
		_exit(127); /* no such pager: what was written goes nowhere, as with git */
	}
	close(fds[0]);
	if (pid < 0 || dup2(fds[1], STDOUT_FILENO) < 0) {
		paged_width = 0;
	} else {
		pager_pid = pid;
	}
	close(fds[1]);
	free(copy);
}

void output_end(void)
{
	if (!pager_pid)
		return;
	output_flush();
	close(STDOUT_FILENO); /* the pager reads to the end, and is waited for */
	while (waitpid(pager_pid, NULL, 0) < 0 && errno == EINTR)
		;
	pager_pid = 0;
}

void color_put(const char *code)
{
	if (*code)
		fputs(code, output_raw());
}
