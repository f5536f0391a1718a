/*
 * calendar.c: the court registry and legal-holiday generation.
 *
 * Federal holidays are those of 5 U.S.C. 6103(a) with its history
 * (data/federal-holidays.tsv): a Saturday holiday is observed the Friday
 * before (5 U.S.C. 6103(b)), a Sunday one the Monday after (Exec. Order
 * 11582), and the observed day is the legal holiday. Inauguration Day
 * (5 U.S.C. 6103(c)) is a holiday for the courts in the Washington, D.C.
 * area only (data/inauguration-area.tsv). Declared days and state holidays
 * come from data/declared-days.tsv and data/state-holidays.tsv. The tables
 * are compiled in already parsed (tables.h); their rule language is
 * holrule.h.
 */
#include "calendar.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "holrule.h"
#include "tables.h"
#include "util.h"

const char *court_kind_name(enum court_kind k)
{
	static const char *const names[] = {"district", "circuit", "bankruptcy", "state"};
	return names[k];
}

const struct court *court_find(const char *code)
{
	for (size_t i = 0; i < court_rows; i++)
		if (streq_ci(court_table[i].code, code))
			return &court_table[i];
	return NULL;
}

size_t court_count(void)
{
	return court_rows;
}

const struct court *court_at(size_t i)
{
	return i < court_rows ? &court_table[i] : NULL;
}

static const struct court no_court = {"-", COURT_DISTRICT, "", NULL,
				      "no court (federal holidays only, no time zone)", "no court", NULL,
				      NULL};

const struct court *court_none(void)
{
	return &no_court;
}

int court_is_none(const struct court *c)
{
	return c->tz == NULL;
}

const char *court_division_tz(const char *code, const char *division)
{
	for (size_t i = 0; i < divisions_rows; i++)
		if (streq_ci(divisions_table[i][0], code) && streq_ci(divisions_table[i][1], division))
			return divisions_table[i][2];
	return NULL;
}

int court_division_known(const char *code, const char *division)
{
	for (size_t i = 0; i < inauguration_area_rows; i++)
		if (streq_ci(inauguration_area_table[i][0], code) &&
		    streq_ci(inauguration_area_table[i][1], division))
			return 1;
	return court_division_tz(code, division) != NULL;
}

/* Is Inauguration Day a holiday of this court (5 U.S.C. 6103(c))? 1 when the
 * court, or the division named, sits in the area; 2 (arguable) when only a
 * division the user did not name does, its row in *area; 0 otherwise. */
static int in_inauguration_area(const struct court *c, const char *const **area)
{
	int partial = 0;
	for (size_t i = 0; i < inauguration_area_rows; i++) {
		const char *const *r = inauguration_area_table[i];
		if (!streq_ci(r[0], c->code))
			continue;
		*area = r;
		if (strcmp(r[1], "*") == 0 || (c->division && streq_ci(r[1], c->division)))
			return 1;
		partial = !c->division;
	}
	return partial ? 2 : 0;
}

const char *holiday_kind_name(enum holiday_kind k)
{
	static const char *const names[] = {"federal", "declared", "state", "court"};
	return names[k];
}

/* ---- holiday rules ---- */

struct year_cal {
	uint8_t flags[366];
	struct holiday *list;
	size_t n, cap;
};

struct closure {
	dl_day day;
	int from_minute; /* inaccessible from this minute of the day on; -1: all day */
	char *reason;
};

struct calendar {
	const struct court *court;
	enum holiday_family family;
	int inaug;                    /* Inauguration Day: 0 no, 1 yes, 2 arguable */
	const char *const *inaug_area; /* its row of data/inauguration-area.tsv */
	struct year_cal **years;      /* indexed by year - DATE_MIN_YEAR, built on demand */
	struct closure *closures;
	size_t nclosures;
	/* the year looked up last: most lookups fall in it */
	struct year_cal *last;
	dl_day last_jan1, last_dec31;
};

struct calendar *calendar_new(const struct court *court, enum holiday_family family)
{
	struct calendar *cal = xcalloc(1, sizeof *cal);
	cal->court = court;
	cal->family = family;
	cal->inaug = family == FAMILY_FEDERAL ? in_inauguration_area(court, &cal->inaug_area) : 0;
	cal->years = xcalloc(DATE_MAX_YEAR - DATE_MIN_YEAR + 1, sizeof *cal->years);
	return cal;
}

void calendar_free(struct calendar *cal)
{
	if (!cal)
		return;
	for (int i = 0; i <= DATE_MAX_YEAR - DATE_MIN_YEAR; i++)
		if (cal->years[i]) {
			free(cal->years[i]->list);
			free(cal->years[i]);
		}
	for (size_t i = 0; i < cal->nclosures; i++)
		free(cal->closures[i].reason);
	free(cal->closures);
	free(cal->years);
	free(cal);
}

const struct court *calendar_court(const struct calendar *cal)
{
	return cal->court;
}

static void add_holiday(struct year_cal *yc, int year, struct holiday h)
{
	if (date_year(h.day) != year)
		return;
	if (yc->n == yc->cap) {
		yc->cap = yc->cap ? 2 * yc->cap : 32;
		yc->list = xrealloc(yc->list, yc->cap * sizeof *yc->list);
	}
	yc->list[yc->n++] = h;
}

/* Texas's national holidays (Tex. Gov't Code 662.003(a)): the federal days without
 * Columbus Day, on their statutory dates (Texas does not move them). */
static void texas_national(struct year_cal *yc, int y)
{
	struct {
		dl_day day;
		const char *name, *cite;
	} d[] = {
		{date_from_ymd(y, 1, 1), "New Year's Day", "Tex. Gov't Code § 662.003(a)(1)"},
		{y >= 1991 ? date_nth_weekday(y, 1, DATE_MON, 3) : DATE_NONE, "Martin Luther King, Jr., Day",
		 "Tex. Gov't Code § 662.003(a)(2)"},
		{date_nth_weekday(y, 2, DATE_MON, 3), "Presidents' Day", "Tex. Gov't Code § 662.003(a)(3)"},
		{date_nth_weekday(y, 5, DATE_MON, -1), "Memorial Day", "Tex. Gov't Code § 662.003(a)(4)"},
		{date_from_ymd(y, 7, 4), "Independence Day", "Tex. Gov't Code § 662.003(a)(5)"},
		{date_nth_weekday(y, 9, DATE_MON, 1), "Labor Day", "Tex. Gov't Code § 662.003(a)(6)"},
		{date_from_ymd(y, 11, 11), "Veterans Day", "Tex. Gov't Code § 662.003(a)(7)"},
		{date_nth_weekday(y, 11, DATE_THU, 4), "Thanksgiving Day", "Tex. Gov't Code § 662.003(a)(8)"},
		{date_from_ymd(y, 12, 25), "Christmas Day", "Tex. Gov't Code § 662.003(a)(9)"},
	};
	for (size_t i = 0; i < sizeof d / sizeof d[0]; i++)
		if (d[i].day != DATE_NONE)
			add_holiday(yc, y, (struct holiday){d[i].day, DATE_NONE, HOLIDAY_STATE, 0, 1, 0,
							    d[i].name, d[i].cite, 0});
}

/* Inauguration Day (5 U.S.C. 6103(c)): January 20 of every fourth year from
 * 1965, the 21st when the 20th is a Sunday (no day when it is a Saturday),
 * for the courts of the Washington, D.C. area. Arguable for a court only one
 * of whose divisions sits there when the division was not named. */
static void inauguration(struct calendar *cal, struct year_cal *yc, int y)
{
	if (!cal->inaug || y < 1965 || (y - 1965) % 4 != 0)
		return;
	dl_day d = date_from_ymd(y, 1, 20);
	if (date_weekday(d) == DATE_SUN)
		d++;
	if (date_weekday(d) == DATE_SAT)
		return;
	const char *const *area = cal->inaug_area;
	const char *cite = cal->inaug == 1
		? area[3]
		: "5 U.S.C. 6103(c): a holiday only for the court's division in the Washington, D.C. area; "
		  "name the division (--division) to settle it";
	add_holiday(yc, y, (struct holiday){d, DATE_NONE, HOLIDAY_COURT, cal->inaug == 2, 1, 0,
					    "Inauguration Day", cite, 0});
}

static void declared(struct year_cal *yc, int y)
{
	for (size_t i = 0; i < declared_rows; i++) {
		const struct declared_day *r = &declared_table[i];
		if (date_year(r->day) != y)
			continue;
		int arguable = r->status == DECLARED_ARGUABLE;
		add_holiday(yc, y, (struct holiday){r->day, DATE_NONE, HOLIDAY_DECLARED, arguable, arguable,
						    0, r->name, r->citation, 0});
	}
}

/* The state of the district court whose judgment is on appeal, when the
 * calendar is a court of appeals' under the federal rules and that state is
 * not the circuit clerk's; else NULL. */
static const char *origin_state(const struct calendar *cal)
{
	const struct court *o = cal->court->origin;
	if (cal->family != FAMILY_FEDERAL || !o || cal->court->kind != COURT_CIRCUIT ||
	    strcmp(o->state, cal->court->state) == 0)
		return NULL;
	return o->state;
}

/* The holidays of rows (a holiday table, tables.h) of state whose statutory
 * day falls in y, as kind. forward_only marks state holidays as 6(a)(6)(C)
 * days (federal courts); Texas state courts count them always. origin marks
 * the days of the state of the district court whose judgment is on appeal
 * (FRAP 26(a)(6)(C)). */
static void table_days(struct year_cal *yc, int year, int y, const struct holrow *rows, size_t n,
		       const char *state, enum holiday_kind kind, int forward_only, int origin)
{
	for (size_t i = 0; i < n; i++) {
		const struct holrow *r = &rows[i];
		dl_day d;
		if (strcmp(r->state, state) != 0 || r->status == STATUS_NOT_EXPRESSIBLE ||
		    !holrow_applies(r, y) || holrule_day(r->rule, y, &d) != 0 || d == DATE_NONE)
			continue;
		struct holiday h = {holrule_shift_day(d, r->shift), DATE_NONE, kind,
				    r->status == STATUS_ARGUABLE, r->status != STATUS_OPTIONAL,
				    forward_only, r->name, r->citation, origin};
		if (h.day != d)
			h.statutory = d;
		add_holiday(yc, year, h);
	}
}

size_t calendar_not_expressible(struct calendar *cal, int year, const char **names,
				const char **citations, size_t max)
{
	const char *state = cal->family == FAMILY_TEXAS_STATE ? "TX" : cal->court->state;
	const char *origin = origin_state(cal);
	size_t n = 0;
	for (size_t i = 0; i < state_holiday_rows; i++) {
		const struct holrow *r = &state_holiday_table[i];
		if ((strcmp(r->state, state) == 0 || (origin && strcmp(r->state, origin) == 0)) &&
		    r->status == STATUS_NOT_EXPRESSIBLE &&
		    holrow_applies(r, year) && n < max) {
			names[n] = r->name;
			citations[n++] = r->citation;
		}
	}
	return n;
}

static int by_day(const void *a, const void *b)
{
	const struct holiday *x = a, *y = b;
	return x->day < y->day ? -1 : x->day > y->day ? 1 : (int)x->kind - (int)y->kind;
}

static struct year_cal *year_of(struct calendar *cal, int y)
{
	if (y < DATE_MIN_YEAR || y > DATE_MAX_YEAR)
		return NULL;
	struct year_cal **slot = &cal->years[y - DATE_MIN_YEAR];
	if (*slot)
		return *slot;
	struct year_cal *yc = xcalloc(1, sizeof *yc);
	/* Observance can move a holiday across New Year (Jan 1 on a Saturday is
	 * observed Dec 31), so the rules of the neighbouring years run too;
	 * add_holiday() keeps only the days that fall in y. */
	if (cal->family == FAMILY_TEXAS_STATE)
		texas_national(yc, y);
	for (int yy = y - 1; yy <= y + 1; yy++) {
		if (cal->family == FAMILY_FEDERAL)
			table_days(yc, y, yy, federal_holiday_table, federal_holiday_rows, "US",
				   HOLIDAY_FEDERAL, 0, 0);
		table_days(yc, y, yy, state_holiday_table, state_holiday_rows,
			   cal->family == FAMILY_TEXAS_STATE ? "TX" : cal->court->state, HOLIDAY_STATE,
			   cal->family == FAMILY_FEDERAL, 0);
		/* FRAP 26(a)(6)(C): in a court of appeals, the state of the district
		 * court whose judgment is on appeal too, when it is another state */
		const char *origin = origin_state(cal);
		if (origin)
			table_days(yc, y, yy, state_holiday_table, state_holiday_rows, origin,
				   HOLIDAY_STATE, 1, 1);
	}
	if (cal->family == FAMILY_FEDERAL) {
		declared(yc, y);
		inauguration(cal, yc, y);
	}
	qsort(yc->list, yc->n, sizeof *yc->list, by_day);
	dl_day jan1 = date_from_ymd(y, 1, 1);
	for (size_t i = 0; i < yc->n; i++) {
		const struct holiday *h = &yc->list[i];
		unsigned f;
		if (!h->counts)
			f = DAY_NOTED;
		else if (h->kind == HOLIDAY_DECLARED || (h->kind == HOLIDAY_COURT && h->arguable))
			f = DAY_DECLARED; /* arguable in both directions (an Inauguration Day of a
					   * court whose division was not named, too) */
		else if (h->kind == HOLIDAY_STATE && h->forward_only)
			f = h->arguable ? DAY_STATE_ARGUABLE : DAY_STATE;
		else if (h->arguable)
			f = DAY_STATE_ARGUABLE;
		else
			f = DAY_FEDERAL;
		yc->flags[h->day - jan1] |= (uint8_t)f;
	}
	for (size_t i = 0; i < cal->nclosures; i++)
		if (date_year(cal->closures[i].day) == y)
			yc->flags[cal->closures[i].day - jan1] |=
				cal->closures[i].from_minute < 0 ? DAY_CLOSED : DAY_CLOSED_PART;
	*slot = yc;
	return yc;
}

unsigned calendar_flags(struct calendar *cal, dl_day day)
{
	if (cal->last && day >= cal->last_jan1 && day <= cal->last_dec31)
		return cal->last->flags[day - cal->last_jan1];
	int y = date_year(day);
	struct year_cal *yc = year_of(cal, y);
	if (!yc)
		return 0;
	cal->last = yc;
	cal->last_jan1 = date_from_ymd(y, 1, 1);
	cal->last_dec31 = date_from_ymd(y, 12, 31);
	return yc->flags[day - cal->last_jan1];
}

const struct holiday *calendar_year(struct calendar *cal, int year, size_t *n)
{
	struct year_cal *yc = year_of(cal, year);
	*n = yc ? yc->n : 0;
	return yc ? yc->list : NULL;
}

size_t calendar_holidays_on(struct calendar *cal, dl_day day, const struct holiday **out,
			    size_t max)
{
	size_t n, found = 0;
	/* every holiday of a year's list flags its day (year_of): an unflagged
	 * day has none, and most days asked are unflagged */
	if (!(calendar_flags(cal, day) & ~(unsigned)(DAY_CLOSED | DAY_CLOSED_PART)))
		return 0;
	const struct holiday *list = calendar_year(cal, date_year(day), &n);
	for (size_t i = 0; i < n && found < max; i++)
		if (list[i].day == day)
			out[found++] = &list[i];
	return found;
}

void calendar_add_closure_from(struct calendar *cal, dl_day day, int from_minute, const char *reason)
{
	if (from_minute <= 0 || from_minute >= 1440)
		from_minute = -1; /* (from midnight: the whole day) */
	cal->closures = xrealloc(cal->closures, (cal->nclosures + 1) * sizeof *cal->closures);
	cal->closures[cal->nclosures++] = (struct closure){day, from_minute, xstrdup(reason ? reason : "")};
	int y = date_year(day);
	if (y >= DATE_MIN_YEAR && y <= DATE_MAX_YEAR && cal->years[y - DATE_MIN_YEAR])
		cal->years[y - DATE_MIN_YEAR]->flags[day - date_from_ymd(y, 1, 1)] |=
			from_minute < 0 ? DAY_CLOSED : DAY_CLOSED_PART;
}

void calendar_add_closure(struct calendar *cal, dl_day day, const char *reason)
{
	calendar_add_closure_from(cal, day, -1, reason);
}

int calendar_closure_from(struct calendar *cal, dl_day day)
{
	for (size_t i = 0; i < cal->nclosures; i++)
		if (cal->closures[i].day == day)
			return cal->closures[i].from_minute < 0 ? 0 : cal->closures[i].from_minute;
	return -1;
}

const char *calendar_closure_reason(struct calendar *cal, dl_day day)
{
	for (size_t i = 0; i < cal->nclosures; i++)
		if (cal->closures[i].day == day)
			return cal->closures[i].reason;
	return NULL;
}
