/*
 * store.h: the SQLite store (only its own files, store*.c, include sqlite3.h).
 * Schema and migrations are in store.c; every statement is prepared with
 * bound parameters. Functions return STORE_OK, STORE_NOTFOUND, STORE_EXISTS
 * or STORE_ERROR; after STORE_ERROR, store_errmsg() says why.
 */
#ifndef DL_STORE_H
#define DL_STORE_H

#include <stdint.h>

#include "date.h"
#include "obligation.h"

enum { STORE_OK = 0, STORE_NOTFOUND = 1, STORE_EXISTS = 2, STORE_ERROR = -1 };
/* Opening modes: read only; read and write, creating the file if there is
 * none; read and write an existing file only. */
enum { STORE_READONLY = 0, STORE_CREATE = 1, STORE_WRITE = 2 };

typedef struct store store;

/* Open (and with STORE_CREATE create, mode 0600, parent directories 0700) the
 * database at path and (STORE_CREATE, STORE_WRITE) bring its schema up to date. On failure returns
 * STORE_ERROR and a malloc'd message in *err ("cannot open database 'x': ..."). */
int store_open(const char *path, int mode, store **out, char **err);
void store_close(store *s);
/* For a long-lived reader (serve): open the database again if its files were
 * made, removed or replaced since (a reader of a WAL database without its
 * -wal opens it immutable, which sees no later write; one whose -wal and -shm
 * were removed under it would not see them either). The old connection
 * stays when the new one cannot be opened: STORE_ERROR and *err (malloc'd). */
int store_refresh(store *s, char **err);
const char *store_errmsg(const store *s);
int store_schema_version(store *s);

/* One write transaction (BEGIN IMMEDIATE). */
int store_begin(store *s);
/* One read transaction: every query until store_rollback sees the same
 * database (a feed's two passes). Inside a transaction already open it
 * begins none (the open one holds a snapshot): *began says which. */
int store_begin_read(store *s, int *began);
int store_commit(store *s);
void store_rollback(store *s);

/* Current timestamp, "YYYY-MM-DDTHH:MM:SSZ" (DEADLINES_NOW overrides, for tests). */
const char *store_now(store *s);

struct court_row {
	const char *code, *name, *state, *tz;
};
/* Make sure the court is in the courts table (copied from the built-in registry). */
int store_court_ensure(store *s, const struct court_row *c);

struct case_row {
	int64_t id;
	char *number, *caption, *court, *judge, *created;
	char *division;	  /* the division the case is in, or NULL */
	char *from_court; /* an appeal: the court whose judgment is on appeal, or NULL */
};
void case_row_free(struct case_row *c);
/* A deep copy: dst owns its own text. */
void case_row_copy(struct case_row *dst, const struct case_row *src);
int store_case_add(store *s, const char *number, const char *court, const char *caption,
		   const char *judge, int64_t *id);
int store_case_find(store *s, const char *number, struct case_row *out);
/* Set one field of a case (field: "court", "caption", "judge", "division",
 * "from_court"; value NULL clears a field that may be empty), with a
 * history row (what "case FIELD", old, new, cause). */
int store_case_set(store *s, const struct case_row *c, const char *field, const char *value,
		   const char *cause);
int store_case_each(store *s, int (*fn)(const struct case_row *, void *), void *arg);

struct party_row {
	int64_t id, case_id;
	char *name, *role;
};
int store_party_add(store *s, int64_t case_id, const char *name, const char *role);
int store_party_each(store *s, int64_t case_id, int (*fn)(const struct party_row *, void *),
		     void *arg);
/* The length (in characters) of the longest case number: a report's column
 * for them is that wide, so that none is cut. */
int store_case_number_width(store *s, int *width);

/* Insert o (o->uid is generated when NULL); sets o->id. Writes a history row. */
int store_obligation_add(store *s, struct obligation *o, const char *cause);
int store_obligation_get(store *s, int64_t id, struct obligation *out);
/* The obligation of a case read from an invitation with this source UID
 * (obligation.h): STORE_OK, or STORE_NOTFOUND. */
int store_obligation_by_source(store *s, int64_t case_id, const char *source_uid, struct obligation *out);
/* A newer version of an invitation (a higher SEQUENCE): its action, note,
 * place, link, time and date (stated_date; recalculation moves the due
 * date) replace old's, each change with a history row; the sequence rises. */
int store_obligation_set_invited(store *s, const struct obligation *old, const struct obligation *now,
				 const char *cause);

struct obligation_filter {
	const char *case_number;  /* NULL: any */
	int64_t case_id;          /* 0: any */
	const char *const *cases; /* NULL: any; else one of these case numbers (NULL-ended) */
	const char *court;        /* NULL: any */
	const char *who;          /* NULL: any; else a party (party-roles.h): a role,
				   * or a party's whole name, and everyone's */
	int status;               /* STATUS_ANY, or an enum obligation_status */
	dl_day from, to;          /* DATE_NONE: unbounded */
	int undated;              /* -1 any, 0 dated only, 1 undated only */
	int live;                 /* 1: only those recalculation changes: open or ended, not pinned */
	int64_t after_id;         /* >= 0: only ids above it, by id (reading in batches) */
	int limit;                /* > 0: at most this many */
	int unsorted;             /* 1: an order that costs no sort, the same on every
				   * call: by id (the table's own order), or with cases
				   * by case number, status and id (the case index's) */
	int64_t history_after;    /* >= 0: only those with a history row after this id */
	int timed_hearings;       /* 1: only hearings with a date and a time */
	int pending;              /* 0: any; 1: only those awaiting review; -1: none of those */
};
/* Any status, in a filter. */
#define STATUS_ANY (-1)
void obligation_filter_init(struct obligation_filter *f);
/* Obligations matching f, dated ones by due date, then undated by id (or all
 * by id, with after_id; see unsorted). The row
 * passed to fn (and its text) is valid only during the call: copy to keep. */
int store_obligation_each(store *s, const struct obligation_filter *f,
			  int (*fn)(const struct obligation *, void *), void *arg);
/* One line of a report (list, notify, the feed's time zones): the columns
 * the report index holds, with its case's, read without the table. The row
 * and its text are valid only during the call to fn. */
struct report_row {
	int64_t id, case_id;
	const char *case_number, *caption, *court;
	enum obligation_kind kind;
	const char *who, *action;
	dl_day due;
	const char *due_time;
	dl_day latest;
	enum obligation_basis basis;
	enum obligation_status status;
	const char *until_event;
	dl_day acked;
	int ocr_confidence; /* read by OCR: the engine's confidence; -1: not */
	int pending;        /* it awaits review (unconfirmed) */
	const char *rule_default; /* the rule's citation when its default gives the period */
	const char *division;	  /* the case's division, or NULL */
};
/* The report rows matching f, in store_obligation_each's order. */
int store_report_each(store *s, const struct obligation_filter *f,
		      int (*fn)(const struct report_row *, void *), void *arg);
/* The report row of an obligation read whole (pointing into it). */
void store_report_row_of(const struct obligation *o, struct report_row *out);
/* How many obligations match f, counting no further than its limit (its
 * order and columns aside). */
int store_obligation_count(store *s, const struct obligation_filter *f, int64_t *n);
/* *known is 1 when f->who names a party in f's cases (f->case_number or
 * f->cases; NULL: every case): a party's name, or what an obligation's who
 * says, compared as the filter compares them. */
int store_who_known(store *s, const struct obligation_filter *f, int *known);
/* The parties known in f's cases (names and obligations' who, one of each
 * whatever its letter case), sorted: fn for each until it returns nonzero. */
int store_who_each(store *s, const struct obligation_filter *f, int (*fn)(const char *, void *),
		   void *arg);

/* Set status and closed_on; bumps sequence and writes a history row with
 * cause. */
int store_obligation_set_status(store *s, int64_t id, enum obligation_status status, dl_day on,
				const char *cause);

struct closure_row {
	int64_t id;
	char *court, *reason;
	char *division; /* one courthouse's (a division of the court), or NULL: the whole court */
	dl_day day;
	int from_minute; /* inaccessible from this time of the day (its scope "from HH:MM"); -1: all day */
};
/* from_minute: -1 for the whole day, else the time it began; division: one
 * courthouse's, or NULL for the whole court. */
int store_closure_add(store *s, const char *court, const char *division, dl_day day, int from_minute,
		      const char *reason);
/* STORE_NOTFOUND when there is no closure for court on day. */
int store_closure_rm(store *s, const char *court, const char *division, dl_day day);
/* Closures of court (NULL: all), by court then date. */
int store_closure_each(store *s, const char *court, int (*fn)(const struct closure_row *, void *),
		       void *arg);

/* The dates of an order that periods run from, and how it was served. */
struct order_dates {
	dl_day entered, served;
	enum service_method service;
	int served_minute; /* the time of service (periods in hours), or -1 */
};
struct order_row {
	int64_t case_id;
	const char *docket, *title, *text, *sha256;
	struct order_dates dates;
	const char *document; /* the docket's document number, or NULL */
	const char *source;   /* text, pdf, ocr or nef (NULL: text) */
	const char *links;    /* a notice's document links, one a line, or NULL */
	const char *filer;    /* a notice's filer, or NULL */
};
/* Store an order; *id gets its id. */
int store_order_add(store *s, const struct order_row *o, int64_t *id);
/* The order of a case with this text's hash: STORE_OK and *id, or STORE_NOTFOUND. */
int store_order_find(store *s, int64_t case_id, const char *sha256, int64_t *id);
/* The order of a case with this docket document number: STORE_OK and *id,
 * or STORE_NOTFOUND. */
int store_order_find_document(store *s, int64_t case_id, const char *document, int64_t *id);
/* An order as it was read: its text, what it was read from, a notice's
 * filer and document links (each malloc'd; all but text may be NULL). */
struct order_text {
	char *text, *source, *filer, *links;
};
/* STORE_OK and *out (order_text_free), or STORE_NOTFOUND. */
int store_order_text(store *s, int64_t id, struct order_text *out);
void order_text_free(struct order_text *t);
/* A docket entry in a case's history, with no obligation: what 'changes'
 * lists for a notice that orders nothing. */
int store_history_docket(store *s, int64_t case_id, const char *entry, const char *cause);

/* What recalculation sets: the status (an until-obligation ends with its
 * event), the trigger's date as its order or event gives it, and what is
 * derived from the facts. */
struct recalculated {
	enum obligation_status status;
	dl_day closed_on, trigger_date;
	struct obligation_derived derived;
	int trigger_minute; /* the trigger's time (hours periods), or -1 */
};
/* Store derived values that differ from old; the sequence rises and history
 * rows record the status and due-date changes with cause. *changed: 1 when
 * the status or the date changed. */
int store_obligation_set_derived(store *s, const struct obligation *old,
				 const struct recalculated *r, const char *cause, int *changed);
/* Facts set by hand, each with a history row. */
int store_obligation_set_link(store *s, const struct obligation *o, const char *key, const char *cause);
int store_obligation_set_pinned(store *s, const struct obligation *o, int pinned, const char *cause);
int store_obligation_set_extension(store *s, const struct obligation *o, int64_t days, dl_day to,
				   const char *cause);

struct event_row {
	int64_t id, case_id, order_id;
	char *name, *key, *case_number, *created;
	dl_day on;
};
int store_event_add(store *s, int64_t case_id, const char *name, const char *key, dl_day on,
		    int64_t order_id, int64_t *id);
/* Remove an event; *case_id gets its case. STORE_NOTFOUND if none. */
int store_event_rm(store *s, int64_t id, struct event_row *removed);
/* The date of the earliest event of a case with this key: STORE_OK, or STORE_NOTFOUND. */
int store_event_date(store *s, int64_t case_id, const char *key, dl_day *on);
/* Events of a case (case_id 0: all), by date. */
int store_event_each(store *s, int64_t case_id, int (*fn)(const struct event_row *, void *), void *arg);
void event_row_free(struct event_row *e);

/* An order of a case by docket text or "#ID": STORE_OK and *id, or
 * STORE_NOTFOUND. */
int store_order_lookup(store *s, int64_t case_id, const char *docket, int64_t *id);
/* An order's facts by its id: STORE_OK, or STORE_NOTFOUND. */
int store_order_get(store *s, int64_t id, struct order_dates *out);
int store_order_set(store *s, int64_t id, const struct order_dates *f);

struct change_row {
	int64_t obligation_id; /* 0: a docket entry (kind, who and action NULL) */
	char *case_number, *kind, *who, *action, *what, *old_value, *new_value, *cause, *at;
};
/* History rows at or after since (NULL: all), of a case (NULL: all), oldest
 * first: an obligation's, and the docket entries of store_history_docket. */
int store_changes_each(store *s, const char *since, const char *case_number,
		       int (*fn)(const struct change_row *, void *), void *arg);

struct subscriber_row {
	int64_t id;
	char *name, *token_hash, *who, *created;
	char *alarms;   /* its feed's alarms ("7d,1d", "none"), or NULL: the default */
	int confirmed_only; /* its feed leaves out what awaits review */
	char **cases;   /* case numbers (NULL-terminated); none: every case */
	size_t ncases;
};
void subscriber_row_free(struct subscriber_row *r);
int store_subscriber_add(store *s, const char *name, const char *token_hash, const char *who,
			 const char *alarms, int confirmed_only, const int64_t *case_ids, size_t ncases);
int store_subscriber_by_hash(store *s, const char *token_hash, struct subscriber_row *out);
int store_subscriber_each(store *s, int (*fn)(const struct subscriber_row *, void *), void *arg);
int store_subscriber_rm(store *s, const char *name);
int store_subscriber_set_hash(store *s, const char *name, const char *token_hash);

/* A small key/value table for program state (e.g. what 'notify' last saw). */
int store_meta_get(store *s, const char *key, char **value);
int store_meta_set(store *s, const char *key, const char *value);
int store_meta_delete(store *s, const char *key);
/* The entries whose key starts with prefix, in key order (the row passed to
 * fn is valid during the call); fn returning nonzero stops. */
int store_meta_each(store *s, const char *prefix, int (*fn)(const char *key, const char *value, void *),
		    void *arg);

/* The notification log: STORE_OK if (obligation, threshold, due) was notified. */
int store_notified(store *s, int64_t obligation_id, int64_t threshold, dl_day due);
int store_notification_add(store *s, int64_t obligation_id, int64_t threshold, dl_day due);
/* Forget it again (a notification claimed but never shown). */
int store_notification_remove(store *s, int64_t obligation_id, int64_t threshold, dl_day due);
/* Acknowledge: no more reminders for o until its date changes. */
int store_obligation_ack(store *s, const struct obligation *o);

struct history_row {
	int64_t id, obligation_id;
	char *what, *old_value, *new_value, *cause, *at;
};
/* 1 when another obligation's period runs from obligation id (anchor_id). */
int store_obligation_has_dependents(store *s, int64_t id);
/* Tie o's period to the obligation anchor_id (its due date is the trigger's
 * date from now on), with a history row. */
int store_obligation_set_anchor(store *s, const struct obligation *o, int64_t anchor_id,
				const char *cause);
/* An obligation's trigger set by hand (what its period runs from, that
 * day, how it was served), with a history row; recalculation dates it. */
int store_obligation_set_trigger(store *s, const struct obligation *o, enum trigger_kind trigger,
				 dl_day on, enum service_method service, const char *cause);
/* A recurring duty's open occurrence done on day on: the next one opens (its
 * date is recalculation's), with a history row. */
int store_obligation_next_occurrence(store *s, const struct obligation *o, dl_day on,
				     const char *cause);
int store_history_add(store *s, int64_t obligation_id, int64_t case_id, const char *what,
		      const char *old_value, const char *new_value, const char *cause);
int store_history_each(store *s, int64_t obligation_id,
		       int (*fn)(const struct history_row *, void *), void *arg);
/* History rows of obligations after a row id, oldest first; the last row's id. */
int store_history_after(store *s, int64_t after_id, int (*fn)(const struct history_row *, void *), void *arg);
int64_t store_history_last_id(store *s);

#endif
