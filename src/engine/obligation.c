/*
 * obligation.c: an obligation's memory, and the one map between each of its
 * enums and the words stored and shown (see obligation.h).
 */
#include "obligation.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void obligation_init(struct obligation *o)
{
	memset(o, 0, sizeof *o);
	o->quote_start = o->quote_end = -1;
	o->ocr_confidence = -1;
	o->when.trigger_date = o->when.stated_date = o->when.extended_to = DATE_NONE;
	o->when.series_until = DATE_NONE;
	o->when.trigger_minute = -1;
	o->when.unit = UNIT_NONE;
	o->derived.due = o->derived.latest = DATE_NONE;
	o->derived.due_minute = -1;
	o->closed_on = o->acked = o->join.order_entered = DATE_NONE;
}

/* The text fields of o, for freeing and copying. */
static size_t obligation_texts(struct obligation *o, char **fields[32])
{
	char **all[] = {&o->uid,
			&o->who,
			&o->action,
			&o->scope,
			&o->note,
			&o->quote,
			&o->due_time,
			&o->until_event,
			&o->link_event,
			&o->location,
			&o->url,
			&o->source_uid,
			&o->doubts,
			&o->when.rule_default,
			&o->when.trigger_event,
			&o->derived.warnings,
			&o->derived.rule_cite,
			&o->created,
			&o->updated,
			&o->join.case_number,
			&o->join.caption,
			&o->join.court,
			&o->join.division,
			&o->join.from_court,
			&o->join.docket};
	size_t n = sizeof all / sizeof all[0];
	memcpy(fields, all, sizeof all);
	return n;
}

void obligation_free(struct obligation *o)
{
	char **fields[32];
	for (size_t i = 0, n = obligation_texts(o, fields); i < n; i++)
		free(*fields[i]);
	obligation_init(o);
}

void obligation_copy(struct obligation *dst, const struct obligation *src)
{
	char **fields[32];
	*dst = *src;
	for (size_t i = 0, n = obligation_texts(dst, fields); i < n; i++)
		if (*fields[i])
			*fields[i] = xstrdup(*fields[i]);
}

static const char *const kind_names[] = {"deadline", "hearing", "until", "recurring"};
static const char *const status_names[] = {"open", "done", "vacated", "ended"};
static const char *const confidence_names[] = {"none", "low", "medium", "high"};
static const char *const review_names[] = {"none", "pending", "accepted", "rejected"};
static const char *const basis_names[] = {"none", "stated", "computed", "presumed"};
static const char *const trigger_names[] = {"none", "entry", "service", "event", "date"};
static const char *const dir_names[] = {NULL, "after", "before"};
static const char *const whichever_names[] = {NULL, "later", "earlier"};

/* The index of s in names (exact words, as stored), or -1. */
static int lookup(const char *s, const char *const *names, int n)
{
	for (int i = 0; s && i < n; i++)
		if (names[i] && !strcmp(s, names[i]))
			return i;
	return -1;
}

#define NAMES(type, prefix, names)                                               \
	const char *prefix##_name(type v)                                        \
	{                                                                        \
		return names[v];                                                 \
	}                                                                        \
	int prefix##_parse(const char *s, type *out)                             \
	{                                                                        \
		int i = lookup(s, names, (int)(sizeof names / sizeof names[0])); \
		if (i < 0)                                                       \
			return -1;                                               \
		*out = (type)i;                                                  \
		return 0;                                                        \
	}

NAMES(enum obligation_kind, obligation_kind, kind_names)
NAMES(enum obligation_status, obligation_status, status_names)
NAMES(enum obligation_basis, obligation_basis, basis_names)
NAMES(enum confidence, confidence, confidence_names)
NAMES(enum review_state, review_state, review_names)
NAMES(enum trigger_kind, trigger, trigger_names)
NAMES(enum period_dir, period_dir, dir_names)
NAMES(enum whichever, whichever, whichever_names)
