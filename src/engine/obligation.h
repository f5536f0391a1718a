/*
 * obligation.h: an obligation as the program knows it: who must do what, by
 * when or until what event. What is stored as said (the facts), what is
 * derived from them (the date and its explanation: derive.h), and what
 * reading one adds from its case and order are kept apart. Kind, status,
 * basis, trigger, unit and direction are enums inside the program; their
 * words exist only where an obligation is stored or shown, each mapped here
 * and nowhere else.
 */
#ifndef DL_OBLIGATION_H
#define DL_OBLIGATION_H

#include <stdint.h>

#include "compute.h"
#include "date.h"

enum obligation_kind { KIND_DEADLINE, KIND_HEARING, KIND_UNTIL, KIND_RECURRING };
enum obligation_status { STATUS_OPEN, STATUS_DONE, STATUS_VACATED, STATUS_ENDED };
/* stated: the order states the time; computed: a period computed under
 * the rules; presumed: the order states none and a default applies; none:
 * no time at all */
enum obligation_basis { BASIS_NONE, BASIS_STATED, BASIS_COMPUTED, BASIS_PRESUMED };
/* What a period runs from: nothing, the order's entry or service, an event,
 * or a date given by hand. */
enum trigger_kind { TRIGGER_NONE, TRIGGER_ENTRY, TRIGGER_SERVICE, TRIGGER_EVENT, TRIGGER_DATE };
enum period_dir { DIR_NONE, DIR_AFTER, DIR_BEFORE };
/* How sure the reader is of an obligation it found (none: added by hand). */
enum confidence { CONFIDENCE_NONE, CONFIDENCE_LOW, CONFIDENCE_MEDIUM, CONFIDENCE_HIGH };
/* Where it stands in the review queue: never in it (none), awaiting a
 * reviewer (pending), accepted, or rejected (then also vacated). */
enum review_state { REVIEW_NONE, REVIEW_PENDING, REVIEW_ACCEPTED, REVIEW_REJECTED };
/* "June 5, or 30 days after X, whichever is later" */
enum whichever { WHICHEVER_NONE, WHICHEVER_LATER, WHICHEVER_EARLIER };

/* The facts an obligation's date is derived from (derive.h). */
struct obligation_when {
	enum trigger_kind trigger;
	dl_day trigger_date;	     /* the trigger's date, DATE_NONE until it is known */
	int trigger_minute;	     /* its time (a period in hours), minutes; -1: none */
	char *trigger_event;	     /* TRIGGER_EVENT: the event in the order's words */
	int64_t period_n;	     /* 0 with no period */
	enum period_unit unit;	     /* UNIT_NONE with no period */
	enum period_dir direction;   /* DIR_NONE with no period */
	enum service_method service; /* a period from service: how it was served */
	enum rule_set rules;
	dl_day stated_date;	  /* a date the order states, or DATE_NONE */
	enum whichever whichever; /* the stated date against the period */
	int64_t extension_days;	  /* extended by N days */
	dl_day extended_to;	  /* extended to a date certain, or DATE_NONE */
	/* the order names a rule but not the time: the rule's default gives the
	 * period (data/rule-defaults.tsv), its citation here; else NULL */
	char *rule_default;
	/* a recurring duty (series.h): the occurrence now open (1, 2, ...; 0: not
	 * a series), each one period (the cycle) further from the trigger; and
	 * the last day the series runs to, or DATE_NONE (its end may also be an
	 * event: link_event) */
	int64_t occurrence;
	dl_day series_until;
	int series_day; /* on this day of the month (1-31; the last day of a shorter
			 * month), the first after the start; 0: every N units */
	int series_from_moved; /* the order says each occurrence counts from the day
				* the one before was due (moved): 1; else 0, from the
				* stated cycle */
	/* the period runs from another obligation of the case (the order's
	 * "hearing", "motions deadline"): its id (-1: tied while the order is
	 * read, not stored yet; 0: none); the trigger's date is its due date */
	int64_t anchor_id;
};

/* What derivation gives; stored so that reports need not derive again. */
struct obligation_derived {
	dl_day due;	/* DATE_NONE when nothing dates it */
	dl_day latest;	/* the latest reading where the law is unsettled */
	int due_minute; /* a period in hours: the minute of the due day it ends; else -1 */
	char *warnings; /* newline-separated, or NULL */
	char *rule_cite;
};

/* What reading an obligation adds from its case and its order. */
struct obligation_join {
	char *case_number, *caption, *court;
	char *division;	      /* the case's division, or NULL */
	char *from_court;     /* an appeal's: the court whose judgment is on appeal, or NULL */
	char *docket;	      /* the order's */
	dl_day order_entered; /* the order's entry date */
};

/* One obligation. Text fields may be NULL. */
/* An obligation read by OCR with a confidence below this (of 100) is shown
 * with a warning: in extract, list (flag '!') and the feed (its note). */
#define OCR_LOW_CONFIDENCE 80

struct obligation {
	int64_t id, case_id, order_id;
	char *uid;
	/* the facts */
	enum obligation_kind kind;
	char *who, *action, *scope, *note, *quote;
	int64_t quote_start, quote_end; /* byte offsets in the order text, -1 if none */
	int ocr_confidence;		/* read by OCR: the engine's confidence (0-100); -1: not
					 * (below OCR_LOW_CONFIDENCE it is shown with a warning) */
	char *due_time;			/* a stated time, HH:MM, or NULL */
	char *until_event;
	char *link_event; /* the event it waits for or runs from (a key) */
	char *location;	  /* where a hearing is held, or NULL */
	char *url;	  /* its video link, or NULL */
	/* read from an invitation: its UID (and occurrence), and its SEQUENCE */
	char *source_uid;
	int64_t source_sequence;
	enum obligation_basis basis;
	/* the reader's confidence in it and its doubts (one a line, or NULL),
	 * and its place in the review queue */
	enum confidence confidence;
	char *doubts;
	enum review_state review;
	struct obligation_when when;
	/* derived from the facts */
	struct obligation_derived derived;
	/* its state */
	enum obligation_status status;
	dl_day closed_on; /* done, vacated or ended on */
	int pinned;	  /* recalculation leaves it alone */
	int64_t sequence;
	dl_day acked; /* acknowledged while due on this date */
	char *created, *updated;
	/* joined */
	struct obligation_join join;
};

void obligation_init(struct obligation *o);
void obligation_free(struct obligation *o);
/* A deep copy: dst owns its own text. */
void obligation_copy(struct obligation *dst, const struct obligation *src);

/* The words of each enum, as stored and shown, and back: 0, or -1 when s
 * is none of them. */
const char *obligation_kind_name(enum obligation_kind k);
int obligation_kind_parse(const char *s, enum obligation_kind *out);
const char *obligation_status_name(enum obligation_status s);
int obligation_status_parse(const char *s, enum obligation_status *out);
const char *obligation_basis_name(enum obligation_basis b);
int obligation_basis_parse(const char *s, enum obligation_basis *out);
const char *trigger_name(enum trigger_kind t);
int trigger_parse(const char *s, enum trigger_kind *out);
/* "after", "before"; NULL for DIR_NONE */
const char *period_dir_name(enum period_dir d);
int period_dir_parse(const char *s, enum period_dir *out);
/* "none", "low", "medium", "high" */
const char *confidence_name(enum confidence c);
int confidence_parse(const char *s, enum confidence *out);
/* What an obligation awaiting review is called where it is shown to a
 * calendar (the feed's summary begins with it; 'notify --feed' knows it by it). */
#define OBLIGATION_UNCONFIRMED "UNCONFIRMED: "
/* "none", "pending", "accepted", "rejected" (none is stored as NULL) */
const char *review_state_name(enum review_state r);
int review_state_parse(const char *s, enum review_state *out);
/* "later", "earlier"; NULL for WHICHEVER_NONE */
const char *whichever_name(enum whichever w);
int whichever_parse(const char *s, enum whichever *out);

#endif
