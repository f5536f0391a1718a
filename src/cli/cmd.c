/*
 * cmd.c: what every command shares (cmd.h): the database opened on demand,
 * usage errors, getopt with the text checks at the edge (everything a
 * command is given is UTF-8 text without control characters), dates, ids,
 * statuses and parties given as options, and running deadlines-full.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendars.h"
#include "cmd-full.h"
#include "cmd.h"
#include "party-roles.h"
#include "terminal.h"
#include "util.h"

int dl_run_full(char **argv)
{
	char self[4096], *path = NULL;
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	char *slash = NULL;
	if (n > 0) {
		self[n] = '\0';
		/* what users run, for 'notify --install-timer' to write into its unit */
		setenv("DEADLINES_PROGRAM", self, 1);
		slash = strrchr(self, '/');
	}
	if (slash) {
		path = xasprintf("%.*s/deadlines-full", (int)(slash - self), self);
		if (access(path, X_OK) != 0) {
			free(path);
			path = NULL;
		}
	}
	if (!path)
		path = xstrdup(PKGLIBEXECDIR "/deadlines-full");
	/* Tesseract's OpenMP threads (OCR, src/intake/ocr.c) spend more time
	 * waiting on each other than reading: 3 scanned pages took 10.9 s with
	 * them and 2.8 s with one thread on 2 cores (bench/run). OpenMP reads
	 * the limit when it is loaded, before main: so it is set here, unless
	 * the user set one. */
	setenv("OMP_THREAD_LIMIT", "1", 0);
	output_flush();
	execv(path, argv);
	dl_error("cannot run '%s' (installed with deadlines, it runs serve and notify): %s", path,
		 strerror(errno));
	free(path);
	return DL_EXIT_FAIL;
}

void ctx_pager(struct dl_ctx *ctx)
{
	if (!ctx->no_pager)
		output_pager();
}

int ctx_open(struct dl_ctx *ctx, int mode)
{
	char *err = NULL;
	if (ctx->db)
		return DL_EXIT_OK;
	if (!ctx->db_path) {
		dl_error("no database path: set HOME, XDG_DATA_HOME or DEADLINES_DB, or use -d");
		return DL_EXIT_FAIL;
	}
	if (store_open(ctx->db_path, mode, &ctx->db, &err) != STORE_OK) {
		dl_error("%s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}

int ctx_load_closures(struct dl_ctx *ctx, struct calendar *cal)
{
	if (!ctx->db && (!ctx->db_path || access(ctx->db_path, F_OK) != 0))
		return DL_EXIT_OK; /* no database: no recorded closures */
	int rc = ctx_open(ctx, STORE_READONLY);
	if (rc)
		return rc;
	if (calendars_load_closures(ctx->db, cal) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}

void cmd_print_usage(const struct dl_command *cmd, FILE *out)
{
	const char *p = cmd->usage;
	int first = 1;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		fprintf(out, "%s deadlines %.*s\n", first ? "usage:" : "      ", (int)n, p);
		first = 0;
		p += n + (nl != NULL);
	}
}

int cmd_usage_error(const struct dl_command *cmd, const char *fmt, ...)
{
	va_list ap;
	fputs("deadlines: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	cmd_print_usage(cmd, stderr);
	return DL_EXIT_USAGE;
}

void cmd_getopt_reset(void)
{
	optind = 0;
	opterr = 0;
}

/* Why text from the command line cannot be stored or shown, or NULL if it
 * can: it must be UTF-8 without control characters (tab and newline are
 * text). *at gets the offset of the first byte at fault, *cp the control. */
static const char *text_refused(const char *s, size_t *at, uint32_t *cp)
{
	size_t n = strlen(s), bad = utf8_invalid_at(s, n), len;
	for (size_t i = 0; i < bad; i += len) {
		len = utf8_decode(s + i, bad - i, cp);
		if ((*cp < 0x20 && *cp != '\t' && *cp != '\n') || (*cp >= 0x7F && *cp <= 0x9F)) {
			*at = i;
			return "holds a control character";
		}
	}
	*at = bad;
	return bad < n ? "is not valid UTF-8" : NULL;
}

/* The edge: every value and operand a command is given is text (but the
 * file -o/--output names, which is neither stored nor shown); 0, or -1
 * after a usage error naming it. */
static int check_text(const struct dl_command *cmd, const char *option, const char *value)
{
	size_t at;
	uint32_t cp;
	const char *why = text_refused(value, &at, &cp);
	if (!why)
		return 0;
	char control[16] = "";
	if (!strcmp(why, "holds a control character"))
		snprintf(control, sizeof control, " (U+%04X)", (unsigned)cp);
	if (option)
		cmd_usage_error(cmd, "%s: the value of %s %s%s at byte offset %zu", cmd->name, option, why,
				control, at);
	else
		cmd_usage_error(cmd, "%s: the argument '%s' %s%s at byte offset %zu", cmd->name, value, why,
				control, at);
	return -1;
}

int cmd_getopt(const struct dl_command *cmd, int argc, char **argv, const char *shortopts,
	       const struct option *longopts)
{
	char spec[128];
	int index = -1;
	/* ':' first so a missing argument is reported as such; '-' is not used: we
	 * take operands in order with GNU permutation. */
	snprintf(spec, sizeof spec, ":%s", shortopts);
	int c = getopt_long(argc, argv, spec, longopts, &index);
	if (c == -1) {
		for (int i = optind; i < argc; i++)
			if (check_text(cmd, NULL, argv[i]) != 0)
				return '?';
	} else if (optarg && c != '?' && c != ':') {
		char name[64];
		if (index >= 0)
			snprintf(name, sizeof name, "--%s", longopts[index].name);
		else
			snprintf(name, sizeof name, "-%c", c);
		if (strcmp(name, "--output") && strcmp(name, "-o") && check_text(cmd, name, optarg) != 0)
			return '?';
	}
	if (c == '?') {
		const char *arg = argv[optind - 1];
		if (optopt && !has_prefix(arg, "--"))
			cmd_usage_error(cmd, "%s: unknown option '-%c'", cmd->name, optopt);
		else
			cmd_usage_error(cmd, "%s: unknown option '%s'", cmd->name, arg);
		return '?';
	}
	if (c == ':') {
		cmd_usage_error(cmd, "%s: option '%s' needs a value", cmd->name, argv[optind - 1]);
		return '?';
	}
	return c;
}

int cmd_parse_date(const struct dl_command *cmd, const char *option, const char *value,
		   dl_day *out)
{
	char why[80];
	if (date_parse(value, out, why, sizeof why) == 0)
		return 0;
	cmd_usage_error(cmd, "invalid date for %s '%s': %s", option, value, why);
	return -1;
}

int cmd_parse_datetime(const struct dl_command *cmd, const char *option, const char *value,
		       dl_day *day, int *minute)
{
	char date[11], why[80];
	size_t n = strlen(value);
	int h, m;
	char extra;
	*minute = -1;
	if (n != 10 && n != 16)
		goto bad;
	memcpy(date, value, 10);
	date[10] = '\0';
	if (date_parse(date, day, why, sizeof why) != 0) {
		cmd_usage_error(cmd, "invalid date for %s '%s': %s", option, value, why);
		return -1;
	}
	if (n == 10)
		return 0;
	if ((value[10] != 'T' && value[10] != ' ') || value[13] != ':' ||
	    sscanf(value + 11, "%2d:%2d%c", &h, &m, &extra) != 2 || h < 0 || h > 23 || m < 0 || m > 59)
		goto bad;
	*minute = h * 60 + m;
	return 0;
bad:
	cmd_usage_error(cmd, "invalid date for %s '%s': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM", option,
			value);
	return -1;
}

int cmd_parse_status(const char *value, int *status)
{
	enum obligation_status st;
	if (!strcmp(value, "all")) {
		*status = STATUS_ANY;
		return 0;
	}
	if (obligation_status_parse(value, &st) != 0)
		return -1;
	*status = (int)st;
	return 0;
}

int cmd_valid_time(const char *s)
{
	return strlen(s) == 5 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
	       s[2] == ':' && isdigit((unsigned char)s[3]) && isdigit((unsigned char)s[4]) &&
	       atoi(s) < 24 && atoi(s + 3) < 60;
}

int cmd_parse_id(const struct dl_command *cmd, const char *value, int64_t *out)
{
	long v;
	if (value[0] == '#')
		value++;
	if (parse_int(value, 1, 2000000000L, &v) != 0) {
		cmd_usage_error(cmd, "invalid obligation id '%s': expected a number", value);
		return -1;
	}
	*out = v;
	return 0;
}

/* A list of names for a message, the first few of them. */
struct names {
	struct buf text;
	int n;
};

static int add_name(const char *name, void *arg)
{
	struct names *l = arg;
	if (l->n++ < 30)
		buf_printf(&l->text, "%s%s", l->text.len ? ", " : "", name);
	return 0;
}

int cmd_check_who(struct dl_ctx *ctx, const struct dl_command *cmd, const struct obligation_filter *f)
{
	if (!f->who)
		return DL_EXIT_OK;
	char *who = party_normal(f->who);
	int empty = !*who, known = !empty && party_role_of(who);
	free(who);
	if (known)
		return DL_EXIT_OK;
	if (!empty && store_who_known(ctx->db, f, &known) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		return DL_EXIT_FAIL;
	}
	if (known)
		return DL_EXIT_OK;
	struct names l = {{NULL, 0, 0}, 0};
	buf_puts(&l.text, "");
	if (store_who_each(ctx->db, f, add_name, &l) != STORE_OK) {
		dl_error("%s", store_errmsg(ctx->db));
		buf_free(&l.text);
		return DL_EXIT_FAIL;
	}
	struct buf scope;
	buf_init(&scope);
	if (f->case_number)
		buf_printf(&scope, "case %s", f->case_number);
	for (int i = 0; f->cases && f->cases[i]; i++)
		buf_printf(&scope, "%s%s", i ? ", " : f->cases[1] ? "cases " : "case ", f->cases[i]);
	char more[48] = "";
	if (l.n > 30)
		snprintf(more, sizeof more, " and %d more", l.n - 30);
	if (empty)
		cmd_usage_error(cmd, "%s: --who is empty (known in %s: %s%s; or a role such as plaintiffs "
			       "or defendants)", cmd->name, scope.len ? scope.data : "every case",
			       l.n ? l.text.data : "none", more);
	else
		cmd_usage_error(cmd, "%s: unknown party '%s' (known in %s: %s%s; or a role such as "
			       "plaintiffs or defendants)", cmd->name, f->who,
			       scope.len ? scope.data : "every case", l.n ? l.text.data : "none", more);
	buf_free(&l.text);
	buf_free(&scope);
	return DL_EXIT_USAGE;
}
