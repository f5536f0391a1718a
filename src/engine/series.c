/*
 * series.c: the occurrences of a recurring duty (see series.h).
 */
#include "series.h"

dl_day series_anchor(dl_day from, int day, long n)
{
	int y, m, d, clamped;
	date_to_ymd(from, &y, &m, &d);
	dl_day first = date_from_ymd(y, m, day);
	if (first <= from)
		first = date_add_months(first, 1, &clamped);
	return date_add_months(first, (int)-n, &clamped);
}

int series_period(const struct obligation_when *w, int64_t k, struct period *p)
{
	if (w->occurrence <= 0 || k <= 0 || w->trigger_date == DATE_NONE || w->period_n <= 0 ||
	    (w->unit != UNIT_DAYS && w->unit != UNIT_WEEKS && w->unit != UNIT_MONTHS) ||
	    k > 36500 / w->period_n)
		return -1;
	*p = (struct period){w->rules,	 w->trigger_date, -1, (long)(w->period_n * k), w->unit, 0,
			     w->service, DATE_NONE,	  0};
	return 0;
}

size_t series_upcoming(struct calendar *cal, const struct obligation_when *w, size_t max,
		       int horizon, dl_day *due)
{
	size_t n = 0;
	dl_day first = DATE_NONE;
	struct period p;
	for (int64_t k = w->occurrence; n < max && series_period(w, k, &p) == 0; k++) {
		dl_day d = compute_due(cal, &p);
		if ((w->series_until != DATE_NONE && d > w->series_until) ||
		    (first != DATE_NONE && d > first + horizon))
			break;
		if (first == DATE_NONE)
			first = d;
		due[n++] = d;
	}
	return n;
}
