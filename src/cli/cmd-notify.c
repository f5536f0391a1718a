/*
 * cmd-notify.c: deadlines notify — desktop notifications as deadlines
 * approach: what to send is decided and claimed by src/notify/reminders.c,
 * shown through src/notify/notify.c (libnotify), and settled. A run that
 * cannot reach a notification server records nothing and exits 3; one whose
 * server fails part way exits 3 too, and the next run sends the rest.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sys/file.h>

#include "calendar.h"
#include "cmd-full.h"
#include "cmd.h"
#include "feed-reminders.h"
#include "fetch.h"
#include "notify.h"
#include "reminders.h"
#include "timer.h"
#include "util.h"
#include "words.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"dry-run", no_argument, NULL, 'n'},
	{"thresholds", required_argument, NULL, 't'},
	{"case", required_argument, NULL, 'c'},
	{"who", required_argument, NULL, 'w'},
	{"install-timer", no_argument, NULL, 'I'},
	{"feed", required_argument, NULL, 'f'},
	{"ack", required_argument, NULL, 'a'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_notify_entry = {
	"notify", run,
	"notify [--dry-run] [--thresholds 14,7,3,1,0] [--case NUMBER] [--who PARTY]\n"
	"notify --feed URL|FILE [--dry-run] [--thresholds 14,7,3,1,0] [--ack UID]\n"
	"notify --install-timer [--feed URL]",
	CMD_NOTIFY_SUMMARY,
	"Run it from a timer (contrib/systemd/deadlines-notify.timer: every 15\n"
	"minutes; 'deadlines notify --install-timer' installs both units for the user).\n"
	"Urgency: low more than 3 days ahead, normal 1-3 days, critical on the day and\n"
	"when overdue. 'deadlines ack ID' silences an obligation until its date changes.\n"
	"Exit status 3: no notification server answered (nothing was recorded).\n"
	"--feed: the reminders of a subscribed feed (deadlines serve or publish), for a\n"
	"desktop without the database: fetched with a conditional GET (ETag), read\n"
	"with libical; what was sent is kept in $XDG_STATE_HOME/deadlines/. --ack UID\n"
	"silences one of its events until its date changes. Hearings are announced as\n"
	"events, with their time in the court's zone and in yours. What awaits review\n"
	"has no reminder of its own: a run for every case and party reminds the\n"
	"reviewer once a day of what has waited longer than 'review remind-after'.\n",
	options, NULL,
};

static int install_timer(struct dl_ctx *ctx, const char *feed)
{
	char *service, *timer, *err = NULL;
	if (feed && !fetch_is_url(feed) && feed[0] != '/') {
		dl_error("notify --install-timer: --feed '%s': give a URL or an absolute path", feed);
		return DL_EXIT_USAGE;
	}
	char cwd[4096], *db = NULL; /* the database as the unit will find it: an absolute path */
	if (!feed && ctx->db_path)
		db = ctx->db_path[0] == '/' || !getcwd(cwd, sizeof cwd) ? xstrdup(ctx->db_path)
									 : xasprintf("%s/%s", cwd, ctx->db_path);
	int failed = notify_install_timer(db, feed, &service, &timer, &err);
	free(db);
	if (failed) {
		dl_error("notify --install-timer: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	printf("installed %s and %s\nnow run: systemctl --user daemon-reload && systemctl --user enable --now "
	       "deadlines-notify.timer\n",
	       service, timer);
	free(service);
	free(timer);
	return DL_EXIT_OK;
}

/* The i-th note of a run, as it is shown. */
typedef struct desktop_note (*note_at)(const void *notes, size_t i);

static struct desktop_note reminder_at(const void *notes, size_t i)
{
	const struct reminder *n = (const struct reminder *)notes + i;
	return (struct desktop_note){n->summary, n->body, n->icon, n->urgency};
}

static struct desktop_note feed_note_at(const void *notes, size_t i)
{
	const struct feed_note *n = (const struct feed_note *)notes + i;
	return (struct desktop_note){n->summary, n->body, n->icon, n->urgency};
}

/* --dry-run: what would be sent. */
static void print_notes(const void *notes, size_t n, note_at at)
{
	static const char *const level[] = {"low", "normal", "critical"};
	for (size_t i = 0; i < n; i++) {
		struct desktop_note dn = at(notes, i);
		printf("[%s] %s\n    %s\n", level[dn.urgency], dn.summary, dn.body);
	}
	if (!n)
		puts("nothing to notify");
}

/* Show the notes in order until one fails (*err): how many were shown. */
static size_t send_notes(const void *notes, size_t n, note_at at, char **err)
{
	size_t sent = 0;
	for (; sent < n; sent++) {
		struct desktop_note dn = at(notes, sent);
		if (notify_send(&dn, err) != 0)
			break;
	}
	return sent;
}

/* $XDG_STATE_HOME/deadlines (else ~/.local/state/deadlines), made 0700:
 * malloc'd, or NULL with *err. */
static char *state_dir(char **err)
{
	const char *xdg = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	char *dir = xdg && *xdg == '/' ? xasprintf("%s/deadlines", xdg)
		    : home && *home == '/' ? xasprintf("%s/.local/state/deadlines", home) : NULL;
	if (!dir) {
		*err = xstrdup("cannot find XDG_STATE_HOME or HOME (an absolute path) for the feed's state");
		return NULL;
	}
	if (make_dirs(dir, 0700, 1) != 0) {
		*err = xasprintf("cannot create the directory '%s': %s", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

/* The feed's text: fetched (a conditional GET with the ETag of the copy
 * held in the state directory) or read from a file. *fresh: 1 when it is
 * new text the caller should keep (with *etag). 0, or -1 with *err. */
static int feed_text(const char *src, const char *cache, json_t *state, char **text, char **etag, int *fresh,
		     char **err)
{
	size_t len;
	*fresh = 0;
	*etag = NULL;
	if (!fetch_is_url(src)) {
		if (read_file(src, text, &len, FETCH_LIMIT) != 0) {
			*err = xasprintf("cannot read '%s': %s", src,
					 errno == EFBIG ? "larger than 64 MB" : strerror(errno));
			return -1;
		}
		return 0;
	}
	const char *held = json_string_value(json_object_get(state, "etag"));
	int have = held && access(cache, R_OK) == 0;
	struct fetched f;
	if (fetch_url(src, have ? held : NULL, &f, err) != 0)
		return -1;
	if (f.not_modified) {
		if (read_file(cache, text, &len, FETCH_LIMIT) != 0) {
			*err = xasprintf("cannot read the feed's copy '%s': %s", cache, strerror(errno));
			return -1;
		}
		return 0;
	}
	*text = f.body;
	*etag = f.etag;
	*fresh = 1;
	return 0;
}

/* A JSON document written atomically: 0, or -1 with errno. */
static int save_json(const char *path, json_t *doc)
{
	char *text = json_dumps(doc, JSON_SORT_KEYS | JSON_INDENT(1));
	int rc = text ? write_atomic(AT_FDCWD, path, text, strlen(text), 0, 0600, NULL) : -1;
	free(text);
	return rc;
}

/* notify --feed SRC: reminders from a subscribed feed. */
static int run_feed(struct dl_ctx *ctx, const char *src, int dry, const int *thresholds, int nthresholds,
		    const char *ack)
{
	struct feed_reminders p;
	char *err = NULL, *dir = state_dir(&err), *text = NULL, *etag = NULL;
	char *base = NULL, *state_path = NULL, *cache = NULL, *lock_path = NULL;
	json_t *state = NULL;
	int rc = DL_EXIT_FAIL, lock = -1, fresh = 0;
	feed_reminders_init(&p, ctx->today, ctx->today_fixed);
	reader_zone(); /* the reader's zone, before any conversion sets TZ */
	if (!dir)
		goto fail;
	char hash[65];
	sha256_hex(src, strlen(src), hash);
	base = xasprintf("%s/feed-%.16s", dir, hash);
	state_path = xasprintf("%s.json", base);
	cache = xasprintf("%s.ics", base);
	lock_path = xasprintf("%s.lock", base);
	/* one run of a feed at a time on this desktop: nothing is sent twice */
	lock = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (lock < 0 || flock(lock, LOCK_EX) != 0) {
		err = xasprintf("cannot lock '%s': %s", lock_path, strerror(errno));
		goto fail;
	}
	json_error_t jerr;
	state = access(state_path, F_OK) == 0 ? json_load_file(state_path, 0, &jerr) : json_object();
	if (!json_is_object(state)) {
		err = xasprintf("the feed's state '%s' is damaged (%s): remove it to start again", state_path,
				state ? "not an object" : jerr.text);
		goto fail;
	}
	if (ack) {
		if (feed_reminders_ack(state, ack) != 0) {
			err = xasprintf("no event '%s' in the feed's state (run 'notify --feed' first)", ack);
			goto fail;
		}
		if (save_json(state_path, state) != 0) {
			err = xasprintf("cannot write '%s': %s", state_path, dl_strerror(errno));
			goto fail;
		}
		printf("acknowledged %s: no reminders until its date changes\n", ack);
		rc = DL_EXIT_OK;
		goto out;
	}
	if (feed_text(src, cache, state, &text, &etag, &fresh, &err) != 0)
		goto fail;
	if (nthresholds) {
		memcpy(p.thresholds, thresholds, (size_t)nthresholds * sizeof *thresholds);
		p.nthresholds = nthresholds;
	}
	char *why = NULL;
	if (feed_reminders_decide(&p, text, state, &why) != 0) {
		err = xasprintf("'%s': %s", src, why);
		free(why);
		goto fail;
	}
	if (dry) {
		print_notes(p.notes, p.n, feed_note_at);
		rc = DL_EXIT_OK;
		goto out;
	}
	if (notify_open(&err) != 0) {
		dl_error("notify: %s; nothing was recorded", err);
		rc = DL_EXIT_NOSERVER;
		goto out;
	}
	size_t sent = send_notes(p.notes, p.n, feed_note_at, &err);
	feed_reminders_record(&p, sent, state);
	if (fresh) { /* the copy a 304 answer stands for, with its ETag */
		if (etag && write_atomic(AT_FDCWD, cache, text, strlen(text), 0, 0600, NULL) == 0)
			json_object_set_new(state, "etag", json_string(etag));
		else
			json_object_del(state, "etag");
	}
	if (save_json(state_path, state) != 0) {
		free(err);
		err = xasprintf("cannot write '%s': %s", state_path, dl_strerror(errno));
		goto fail;
	}
	if (sent < p.n) {
		dl_error("notify: %s; %zu sent, the other %zu left for the next run", err, sent, p.n - sent);
		rc = DL_EXIT_NOSERVER;
		goto out;
	}
	printf("sent %zu notification%s\n", sent, sent == 1 ? "" : "s");
	rc = DL_EXIT_OK;
	goto out;
fail:
	dl_error("notify: %s", err);
	rc = DL_EXIT_FAIL;
out:
	notify_close();
	if (lock >= 0)
		close(lock);
	json_decref(state);
	feed_reminders_free(&p);
	free(err), free(dir), free(text), free(etag), free(base), free(state_path), free(cache), free(lock_path);
	return rc;
}

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	struct reminders p;
	struct obligation_filter f;
	int thresholds[16], nthresholds = 0, dry = 0, install = 0, c;
	const char *feed = NULL, *ack = NULL;
	obligation_filter_init(&f);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_notify_entry, argc, argv, "", options)) != -1) {
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 'n': dry = 1; break;
		case 'c': f.case_number = optarg; break;
		case 'w': f.who = optarg; break;
		case 'I': install = 1; break;
		case 'f': feed = optarg; break;
		case 'a': ack = optarg; break;
		case 't': {
			char *copy = xstrdup(optarg), *save = NULL;
			nthresholds = 0;
			for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
				long v;
				if (nthresholds == 16 || parse_int(t, 0, 365, &v) != 0) {
					free(copy);
					return cmd_usage_error(&cmd_notify_entry,
							       "notify: invalid --thresholds '%s': expected "
							       "days like 14,7,3,1,0",
							       optarg);
				}
				thresholds[nthresholds++] = (int)v;
			}
			free(copy);
			if (!nthresholds)
				return cmd_usage_error(&cmd_notify_entry, "notify: --thresholds is empty");
			break;
		}
		}
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_notify_entry, "notify: unexpected argument '%s'", argv[optind]);
	if (install)
		return install_timer(ctx, feed);
	if (ack && !feed)
		return cmd_usage_error(&cmd_notify_entry, "notify: --ack UID goes with --feed (on a database: 'deadlines ack ID')");
	if (feed && (f.case_number || f.who))
		return cmd_usage_error(&cmd_notify_entry, "notify: --case and --who choose from a database, not a feed");
	if (feed)
		return run_feed(ctx, feed, dry, thresholds, nthresholds, ack);
	reader_zone(); /* the reader's zone, before any conversion sets TZ */
	int rc = ctx_open(ctx, dry ? STORE_READONLY : STORE_CREATE);
	if (rc || (rc = cmd_check_who(ctx, &cmd_notify_entry, &f)))
		return rc;
	reminders_init(&p, ctx->db, ctx->today, ctx->today_fixed);
	if (nthresholds) {
		memcpy(p.thresholds, thresholds, sizeof thresholds);
		p.nthresholds = nthresholds;
	}
	char *err = NULL;
	if (dry) {
		if (reminders_decide(&p, &f) != STORE_OK)
			goto db_fail;
		print_notes(p.notes, p.n, reminder_at);
		rc = DL_EXIT_OK;
		goto out;
	}
	if (notify_open(&err) != 0) {
		dl_error("notify: %s; nothing was recorded", err);
		free(err);
		rc = DL_EXIT_NOSERVER;
		goto out;
	}
	/* Decide and claim in one short transaction, send with the database
	 * free for others (a notification server may take its time), then
	 * settle in another. */
	if (reminders_claim(&p, &f) != STORE_OK)
		goto db_fail;
	size_t sent = send_notes(p.notes, p.n, reminder_at, &err);
	if (p.n && reminders_settle(&p, sent) != STORE_OK)
		goto db_fail;
	if (sent < p.n) {
		dl_error("notify: %s; %zu sent, the other %zu left for the next run", err, sent, p.n - sent);
		free(err);
		rc = DL_EXIT_NOSERVER;
		goto out;
	}
	printf("sent %zu notification%s\n", sent, sent == 1 ? "" : "s");
	rc = DL_EXIT_OK;
	goto out;
db_fail:
	dl_error("notify: %s", store_errmsg(ctx->db));
	store_rollback(ctx->db);
	rc = DL_EXIT_FAIL;
out:
	reminders_free(&p);
	notify_close();
	return rc;
}
