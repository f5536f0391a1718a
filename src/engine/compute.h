/*
 * compute.h: period arithmetic under FRCP 6, FRAP 26, FRBP 9006 and Texas
 * TRCP 4 / 21a, with the regime in force on the day the period began. Every
 * result carries the steps that produced it, each with its rule citation, the
 * instant the last day ends in the court's time zone, warnings, and, where the
 * law is unsettled, the earliest and latest readings (due is the earliest).
 * The facts are in shared/rules/TIMING.md.
 */
#ifndef DL_COMPUTE_H
#define DL_COMPUTE_H

#include <stddef.h>

#include "calendar.h"
#include "date.h"

enum rule_set { RULES_FRCP, RULES_FRAP, RULES_FRBP, RULES_TX };
enum period_unit {
	UNIT_NONE = -1, /* no period */
	UNIT_DAYS, UNIT_COURT_DAYS, UNIT_HOURS, UNIT_WEEKS, UNIT_MONTHS, UNIT_YEARS
};
enum service_method {
	SERVICE_NONE,           /* the period does not run from service */
	SERVICE_PERSONAL,       /* FRCP 5(b)(2)(A)/(B) */
	SERVICE_ELECTRONIC,     /* 5(b)(2)(E) */
	SERVICE_MAIL,           /* 5(b)(2)(C) */
	SERVICE_LEAVE_WITH_CLERK, /* 5(b)(2)(D) */
	SERVICE_OTHER,          /* 5(b)(2)(F), consented means */
};

struct period {
	enum rule_set rules;
	dl_day from;            /* the day of the event that triggers the period */
	int from_minute;        /* for hour periods: the time of the event (minutes); else -1 */
	long n;
	enum period_unit unit;
	int before;             /* counted backward from the event */
	enum service_method service;
	dl_day regime;          /* apply the rules in force on this day (DATE_NONE: the trigger day) */
	int terse;              /* steps carry their citations but no sentence (why is NULL) */
};

struct step {
	dl_day day;
	const char *why;        /* kept by the computation */
	const char *rule;       /* citation (static or owned by the computation) */
};

struct computation {
	dl_day due;
	int due_minute;         /* hour periods: time on the due day; else -1 */
	dl_day earliest, latest; /* DATE_NONE unless the law gives two readings */
	char end_instant[64];   /* e.g. "2017-06-20T23:59-05:00" */
	char end_zone[16];      /* e.g. "CDT" */
	const char *tz;         /* the court's IANA zone */
	const char *regime;     /* words for the regime applied */
	struct step *steps;
	size_t nsteps;
	char **warnings;
	size_t nwarnings;
	struct computation_text *text; /* (compute.c's own: where the steps' sentences live) */
};

void computation_free(struct computation *c);
/* Add a step of one's own (an extension, a "whichever" choice). */
void computation_note(struct computation *c, dl_day day, const char *rule, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Move from's steps, warnings and due date into c (from is emptied). */
void computation_absorb(struct computation *c, struct computation *from);

/* Compute a period's last day. Returns 0, or -1 with a message in *err (malloc'd). */
int compute_period(struct calendar *cal, const struct period *p, struct computation *out,
		   char **err);

/* The due date alone, without explanation: the same rules, for throughput. */
dl_day compute_due(struct calendar *cal, const struct period *p);

/* A day the order sets that moves like the last day of a period (a recurring
 * duty "on the 15th of each month": FRCP 6(a)(1)(C), 6(a)(3)): p->from is
 * that day; nothing is counted (p->n, p->unit unused). 0, or -1 with *err. */
int compute_on_day(struct calendar *cal, const struct period *p, struct computation *out, char **err);
dl_day compute_due_on_day(struct calendar *cal, const struct period *p);

/* Warnings for a date certain that falls on a weekend, holiday or closure
 * (it is never moved); adds them to out (steps get one entry). */
void compute_date_certain(struct calendar *cal, dl_day day, enum rule_set rules,
			  struct computation *out);

/* The holiday family a rule set uses. */
enum holiday_family rules_family(enum rule_set r);
/* Which rules apply in a court: the one policy of compute, add, import,
 * extract and holidays. With none asked for (asked NULL), the court's own:
 * TRCP 4 in the Texas state courts, FRAP 26 in the courts of appeals, FRBP
 * 9006 in the bankruptcy courts, FRCP 6 in the district courts. Rules asked
 * for apply when they fit the court: the Texas rules in the Texas state
 * courts, and only there. 0 with *out, or -1 when they do not apply. */
int rules_for_court(const struct court *c, const enum rule_set *asked, enum rule_set *out);
/* The court a command counts in when none is given: the Texas state courts
 * for the Texas rules, else none (NULL: the rules' own worked examples,
 * court_none()). */
const struct court *court_for_rules(const enum rule_set *asked);

const char *rule_set_name(enum rule_set r);
int rule_set_parse(const char *s, enum rule_set *out);
/* "days", "court_days", ...; NULL for UNIT_NONE. */
const char *unit_name(enum period_unit u);
int unit_parse(const char *s, enum period_unit *out);
const char *service_name(enum service_method s);
int service_parse(const char *s, enum service_method *out);

#endif
