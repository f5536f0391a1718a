/*
 * commands.c: the command table: every command, in the order 'deadlines
 * help' lists them. Built into each program: in 'deadlines' serve and notify
 * are names only (deadlines-full runs them: cmd-full.h); the man page's
 * check and the shell completions read the full table (completion.c).
 */
#include <string.h>

#include "cmd-full.h"
#include "cmd.h"

extern const struct dl_command cmd_case_entry, cmd_party_entry, cmd_add_entry,
	cmd_list_entry, cmd_show_entry, cmd_done_entry, cmd_vacate_entry, cmd_compute_entry,
	cmd_holidays_entry, cmd_closure_entry, cmd_extract_entry, cmd_import_entry, cmd_event_entry,
	cmd_link_entry, cmd_pin_entry, cmd_trigger_entry, cmd_extend_entry, cmd_order_entry, cmd_changes_entry,
	cmd_subscriber_entry, cmd_feed_entry, cmd_publish_entry, cmd_ack_entry, cmd_help_entry,
	cmd_review_entry;

#ifdef DL_FULL
#include "readers.h"
#include "fetch.h"
extern const struct dl_command cmd_serve_entry, cmd_notify_entry;
const struct intake_readers *const dl_readers = &intake_readers;
int (*const dl_fetch)(const char *, const char *, struct fetched *, char **) = fetch_url;
#else
const struct intake_readers *const dl_readers = NULL;
int (*const dl_fetch)(const char *, const char *, struct fetched *, char **) = NULL;
/* In 'deadlines' these have no run function: deadlines-full runs them. */
static const struct dl_command cmd_serve_entry = {"serve", NULL, NULL, CMD_SERVE_SUMMARY,
						  NULL, NULL, NULL},
			       cmd_notify_entry = {"notify", NULL, NULL, CMD_NOTIFY_SUMMARY,
						   NULL, NULL, NULL};
#endif

const struct dl_command *const dl_commands[] = {
	&cmd_case_entry,    &cmd_party_entry,	&cmd_add_entry,	    &cmd_list_entry,
	&cmd_show_entry,    &cmd_done_entry,	&cmd_vacate_entry,  &cmd_compute_entry,
	&cmd_holidays_entry, &cmd_closure_entry, &cmd_extract_entry, &cmd_import_entry, &cmd_review_entry,
	&cmd_event_entry,   &cmd_link_entry,	&cmd_pin_entry,	    &cmd_trigger_entry,
	&cmd_extend_entry,
	&cmd_order_entry,   &cmd_changes_entry, &cmd_feed_entry,    &cmd_subscriber_entry,
	&cmd_publish_entry, &cmd_serve_entry,	&cmd_notify_entry,  &cmd_ack_entry,
	&cmd_help_entry,    NULL,
};

const struct option dl_global_options[] = {
	{"db", required_argument, NULL, 'd'},
	{"today", required_argument, NULL, 't'},
	{"color", required_argument, NULL, 'c'},
	{"colour", required_argument, NULL, 'c'},
	{"no-pager", no_argument, NULL, 'P'},
	{"version", no_argument, NULL, 'V'},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

const struct dl_command *command_find(const char *name)
{
	for (int i = 0; dl_commands[i]; i++)
		if (strcmp(dl_commands[i]->name, name) == 0)
			return dl_commands[i];
	return NULL;
}
