/*
 * test-remind-diff.c: differential test of the date engine against remind(1),
 * an independent implementation of OMIT/AFTER/BEFORE day-skipping. Thousands
 * of random triggers, periods and directions in several courts; the court's
 * legal holidays are given to remind as OMITs (forward periods: federal and
 * state holidays; backward: federal holidays and presidential closures, the
 * earliest reading), and service by mail is checked with a second pass that
 * adds 3 days to remind's first answer and rolls again (FRCP 6(d)).
 * The rule language of data/state-holidays.tsv (src/holrule.c) is checked
 * the same way: each rule form against remind's own reading of the same
 * words, every year from 1991 to 2040 (rule_forms_agree).
 * Output: TAP; zero disagreements expected. Skips when remind is missing.
 */
#include <ftw.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "compute.h"
#include "holrule.h"
#include "util.h"

#define CASES 3000
#define FIRST_YEAR 1991 /* remind's calendar starts in 1990 */
#define LAST_YEAR 2040

struct tcase {
	dl_day from;
	long n;
	int before, mail;
	dl_day ours, base, theirs;
};

static uint64_t rng = 0x2545f4914f6cdd1dULL;
static uint32_t next_random(void)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

static int tap_n, tap_failed;
static void ok(int pass, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ok(int pass, const char *fmt, ...)
{
	va_list ap;
	printf("%s %d - ", pass ? "ok" : "not ok", ++tap_n);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	tap_failed += !pass;
}

/* argv run with its standard output (and error) readable from the stream
 * returned (no shell: the arguments go as they are); *pid for waitpid. */
static FILE *run_reading(char *const argv[], pid_t *pid)
{
	int fds[2];
	if (pipe(fds) != 0)
		return NULL;
	*pid = fork();
	if (*pid < 0) {
		close(fds[0]), close(fds[1]);
		return NULL;
	}
	if (*pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		dup2(fds[1], STDERR_FILENO);
		close(fds[0]), close(fds[1]);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	return fdopen(fds[0], "r");
}

/* 1 if a program of this name is on PATH. */
static int on_path(const char *name)
{
	const char *path = getenv("PATH");
	char *copy = xstrdup(path ? path : "/usr/bin:/bin"), *save = NULL;
	int found = 0;
	for (char *dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
		char *full = xasprintf("%s/%s", dir, name);
		found = access(full, X_OK) == 0;
		free(full);
	}
	free(copy);
	return found;
}

static int remove_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb, (void)type, (void)ftw;
	return remove(path);
}

/* Write the OMITs for one direction to f. */
static void write_omits(FILE *f, struct calendar *cal, int backward)
{
	for (int y = FIRST_YEAR - 1; y <= LAST_YEAR + 2; y++)
		for (dl_day d = date_from_ymd(y, 1, 1); d <= date_from_ymd(y, 12, 31); d++) {
			unsigned fl = calendar_flags(cal, d);
			unsigned omit = backward ? DAY_FEDERAL | DAY_DECLARED : DAY_FEDERAL | DAY_STATE;
			if (fl & omit) {
				char iso[11];
				fprintf(f, "OMIT %s\n", date_format(d, iso));
			}
		}
}

/* Run remind over the cases selected by 'want', shifting each by delta from
 * 'start' (0: the trigger; otherwise the first answer), and store answers. */
static int run_remind(const char *dir, struct calendar *cal, struct tcase *c, int n, int backward,
		      int second_pass)
{
	char path[256], iso[11], line[256];
	snprintf(path, sizeof path, "%s/cases.rem", dir);
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	write_omits(f, cal, backward);
	int count = 0;
	for (int i = 0; i < n; i++) {
		if (c[i].before != backward || (second_pass && !c[i].mail))
			continue;
		int y, m, d;
		dl_day start = second_pass ? c[i].base : c[i].from;
		long delta = second_pass ? 3 : (backward ? -c[i].n : c[i].n);
		date_to_ymd(start, &y, &m, &d);
		fprintf(f, "REM [date(%d,%d,%d)%+ld] OMIT SAT SUN %s MSG case%d\n", y, m, d, delta,
			backward && !second_pass ? "BEFORE" : "AFTER", i);
		count++;
	}
	fclose(f);
	if (!count)
		return 0;
	char *argv[] = {"remind", "-n", path, "1990-01-01", NULL};
	pid_t pid;
	FILE *p = run_reading(argv, &pid);
	if (!p)
		return -1;
	int got = 0;
	while (fgets(line, sizeof line, p)) {
		int y, m, d, idx;
		if (sscanf(line, "%d/%d/%d case%d", &y, &m, &d, &idx) != 4 || idx < 0 || idx >= n)
			continue;
		dl_day day = date_from_ymd(y, m, d);
		if (second_pass)
			c[idx].theirs = day;
		else
			c[idx].base = c[idx].theirs = day;
		got++;
	}
	fclose(p);
	waitpid(pid, NULL, 0);
	(void)iso;
	return got == count ? 0 : -1;
}

/* Each rule form of holrule.c beside the remind line that says the same day:
 * remind's "REM Tue 2 May" is the first Tuesday on or after May 2, i.e. the
 * Tuesday after the first Monday in May. */
static void rule_forms_agree(const char *dir)
{
	static const struct {
		const char *rule, *rem;
	} forms[] = {
		{"after:Tue:nth:1:Mon:05", "Tue 2 May"},  /* Indiana primary (Ind. Code 3-10-1-3) */
		{"election", "Tue 2 Nov"},                /* general election day */
		{"after:Tue:nth:1:Mon:11", "Tue 2 Nov"},  /* the same, spelt out */
		{"before:Fri:nth:3:Mon:01", "Fri 12 Jan"}, /* Virginia's Lee-Jackson Day 2001-2020 */
		{"after:Thu:election", "Thu 4 Nov"},      /* Delaware's Return Day */
		{"nth:1:Tue:03", "Tue 1 Mar"},            /* Tennessee's presidential primary */
		{"nth:-1:Mon:05", "Mon 25 May"},          /* the last Monday in May */
		{"nth:4:Mon:04", "Mon 22 Apr"},
		{"thanksgiving:+1", "Fri 23 Nov"},        /* the day after Thanksgiving */
		{"nth:2:Mon:01", "Mon 8 Jan"},            /* Baton Rouge's inauguration day */
	};
	size_t nf = sizeof forms / sizeof forms[0];
	char path[256], cmd[32], line[256];
	snprintf(path, sizeof path, "%s/rules.rem", dir);
	FILE *f = fopen(path, "w");
	if (!f) {
		ok(0, "rule forms: cannot write %s", path);
		return;
	}
	for (size_t i = 0; i < nf; i++)
		fprintf(f, "REM %s MSG form%zu\n", forms[i].rem, i);
	fclose(f);
	snprintf(cmd, sizeof cmd, "-s%d", (LAST_YEAR - FIRST_YEAR + 1) * 12);
	char start[16];
	snprintf(start, sizeof start, "%d-01-01", FIRST_YEAR);
	char *argv[] = {"remind", cmd, path, start, NULL};
	pid_t pid;
	FILE *p = run_reading(argv, &pid);
	int got = 0, disagree = 0;
	while (p && fgets(line, sizeof line, p)) {
		int y, m, d;
		unsigned idx;
		if (sscanf(line, "%d/%d/%d * * * * form%u", &y, &m, &d, &idx) != 4 || idx >= nf)
			continue;
		dl_day ours;
		got++;
		if (holrule_day(forms[idx].rule, y, &ours) != 0 || ours != date_from_ymd(y, m, d)) {
			if (disagree++ < 5)
				printf("# %s in %d: remind %04d-%02d-%02d\n", forms[idx].rule, y, y, m, d);
		}
	}
	if (p) {
		fclose(p);
		waitpid(pid, NULL, 0);
	}
	ok(got == (int)nf * (LAST_YEAR - FIRST_YEAR + 1), "rule forms: remind gave %d days", got);
	ok(disagree == 0, "rule forms: %d disagreements with remind over %d-%d", disagree, FIRST_YEAR,
	   LAST_YEAR);
}

int main(void)
{
	if (!on_path("remind")) {
		puts("1..0 # SKIP remind is not installed (Debian package remind)");
		return 0;
	}
	char dir[] = "/tmp/dl-remind-XXXXXX";
	if (!mkdtemp(dir)) {
		puts("Bail out! cannot make a temporary directory");
		return 1;
	}
	const char *courts[] = {"txsd", "mad", "dcd", "nysd", "laed", "cacd"};
	dl_day lo = date_from_ymd(FIRST_YEAR, 1, 1), hi = date_from_ymd(LAST_YEAR - 1, 6, 30);
	for (size_t ci = 0; ci < sizeof courts / sizeof courts[0]; ci++) {
		const struct court *court = court_find(courts[ci]);
		struct calendar *cal = calendar_new(court, FAMILY_FEDERAL);
		struct tcase *c = xcalloc(CASES, sizeof *c);
		for (int i = 0; i < CASES; i++) {
			c[i].from = lo + (dl_day)(next_random() % (uint32_t)(hi - lo));
			c[i].n = 1 + (long)(next_random() % (i % 10 == 0 ? 400 : 60));
			c[i].before = next_random() % 3 == 0;
			c[i].mail = !c[i].before && next_random() % 3 == 0;
			/* The 2009 rules throughout: remind has no notion of the older
			 * short-period rule, which test-compute checks on its own. */
			struct period p = {RULES_FRCP, c[i].from, -1, c[i].n, UNIT_DAYS, c[i].before,
					   c[i].mail ? SERVICE_MAIL : SERVICE_NONE,
					   date_from_ymd(2010, 1, 1), 0};
			c[i].ours = compute_due(cal, &p);
			c[i].theirs = DATE_NONE;
		}
		int rc = run_remind(dir, cal, c, CASES, 0, 0) | run_remind(dir, cal, c, CASES, 1, 0) |
			 run_remind(dir, cal, c, CASES, 0, 1);
		ok(rc == 0, "%s: remind answered every case", court->code);
		int disagree = 0, shown = 0;
		for (int i = 0; i < CASES; i++) {
			if (c[i].ours == c[i].theirs)
				continue;
			disagree++;
			if (shown++ < 5) {
				char a[11], b[11], t[11];
				printf("# %s: %s %ld days %s%s: ours %s, remind %s\n", court->code,
				       date_format(c[i].from, t), c[i].n, c[i].before ? "before" : "after",
				       c[i].mail ? " (mail)" : "", date_format(c[i].ours, a),
				       c[i].theirs == DATE_NONE ? "none" : date_format(c[i].theirs, b));
			}
		}
		ok(disagree == 0, "%s: %d random periods, %d disagreements with remind", court->code, CASES,
		   disagree);
		free(c);
		calendar_free(cal);
	}
	rule_forms_agree(dir);
	if (nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS) != 0)
		puts("# could not remove the temporary directory");
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}
