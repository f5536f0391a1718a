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

#include "calendar.h"
#include "cmd-full.h"
#include "cmd.h"
#include "notify.h"
#include "reminders.h"
#include "timer.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"dry-run", no_argument, NULL, 'n'},
	{"thresholds", required_argument, NULL, 't'},
	{"case", required_argument, NULL, 'c'},
	{"who", required_argument, NULL, 'w'},
	{"install-timer", no_argument, NULL, 'I'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_notify_entry = {
	"notify", run,
	"notify [--dry-run] [--thresholds 14,7,3,1,0] [--case NUMBER] [--who PARTY]\n"
	"notify --install-timer",
	CMD_NOTIFY_SUMMARY,
	"Run it from a timer (contrib/systemd/deadlines-notify.timer: every 15\n"
	"minutes; 'deadlines notify --install-timer' installs both units for the user).\n"
	"Urgency: low more than 3 days ahead, normal 1-3 days, critical on the day and\n"
	"when overdue. 'deadlines ack ID' silences an obligation until its date changes.\n"
	"Exit status 3: no notification server answered (nothing was recorded).\n",
	options, NULL,
};

static int install_timer(void)
{
	char *service, *timer, *err = NULL;
	if (notify_install_timer(&service, &timer, &err) != 0) {
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

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	struct reminders p;
	struct obligation_filter f;
	int thresholds[16], nthresholds = 0, dry = 0, c;
	obligation_filter_init(&f);
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_notify_entry, argc, argv, "", options)) != -1) {
		switch (c) {
		case '?':
			return DL_EXIT_USAGE;
		case 'n': dry = 1; break;
		case 'c': f.case_number = optarg; break;
		case 'w': f.who = optarg; break;
		case 'I': return install_timer();
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
		static const char *const level[] = {"low", "normal", "critical"};
		for (size_t i = 0; i < p.n; i++)
			printf("[%s] %s\n    %s\n", level[p.notes[i].urgency], p.notes[i].summary, p.notes[i].body);
		if (!p.n)
			puts("nothing to notify");
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
	size_t sent = 0;
	for (; sent < p.n; sent++) {
		struct reminder *n = &p.notes[sent];
		struct desktop_note dn = {n->summary, n->body, n->icon, n->urgency};
		if (notify_send(&dn, &err) != 0)
			break;
	}
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
