/*
 * series.c: the occurrences of a recurring duty (see series.h).
 */
#include "series.h"

/* Day d of the month months after y-m (the month's last day when it is
 * shorter). */
static dl_day day_of_month(int y, int m, long months, int d)
{
	long idx = (long)y * 12 + (m - 1) + months;
	int yy = (int)(idx / 12), mm = (int)(idx % 12) + 1;
	int dim = date_days_in_month(yy, mm);
	return date_from_ymd(yy, mm, d > dim ? dim : d);
}

int series_period(struct calendar *cal, const struct obligation_when *w, int64_t k,
		  struct period *p, int *on_day)
{
	*on_day = 0;
	if (w->occurrence <= 0 || k <= 0 || w->trigger_date == DATE_NONE || w->period_n <= 0 ||
	    (w->unit != UNIT_DAYS && w->unit != UNIT_WEEKS && w->unit != UNIT_MONTHS) ||
	    k > 36500 / w->period_n)
		return -1;
	/* a series whose order states its first day ("On or before October 18,
	 * and every 28 days thereafter"): occurrence 1 on that day, occurrence
	 * k k - 1 cycles after it */
	int first_stated = w->stated_date != DATE_NONE && w->stated_date == w->trigger_date && w->series_day <= 0;
	if (first_stated && k == 1) {
		*p = (struct period){w->rules,	  w->trigger_date, -1,	      0, UNIT_DAYS,
				     0,		  SERVICE_NONE,	   DATE_NONE, 0};
		*on_day = 1;
		return 0;
	}
	if (first_stated)
		k--;
	if (w->series_day > 0 && w->unit == UNIT_MONTHS) {
		/* the first such day after the start, then every N months */
		int y, m, d;
		date_to_ymd(w->trigger_date, &y, &m, &d);
		long first = day_of_month(y, m, 0, w->series_day) > w->trigger_date ? 0 : 1;
		dl_day day = day_of_month(y, m, first + (k - 1) * w->period_n, w->series_day);
		if (date_year(day) > DATE_MAX_YEAR - 1)
			return -1;
		*p = (struct period){w->rules, day,	     -1,	0, UNIT_DAYS,
				     0,	       SERVICE_NONE, DATE_NONE, 0};
		*on_day = 1;
		return 0;
	}
	if (w->series_from_moved) { /* one cycle from the day the one before was due */
		if (k > 1000)
			return -1;
		dl_day from = w->trigger_date;
		for (int64_t j = 1; j < k; j++) {
			struct period one = {w->rules,		from,	   -1,
					     (long)w->period_n, w->unit,   0,
					     w->service,	DATE_NONE, 0};
			from = compute_due(cal, &one);
			if (date_year(from) > DATE_MAX_YEAR - 1)
				return -1;
		}
		*p = (struct period){w->rules,	 from,	    -1, (long)w->period_n, w->unit, 0,
				     w->service, DATE_NONE, 0};
		return 0;
	}
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
	int on_day;
	for (int64_t k = w->occurrence; n < max && series_period(cal, w, k, &p, &on_day) == 0;
	     k++) {
		dl_day d = on_day ? compute_due_on_day(cal, &p) : compute_due(cal, &p);
		if ((w->series_until != DATE_NONE && d > w->series_until) ||
		    (first != DATE_NONE && d > first + horizon))
			break;
		if (first == DATE_NONE)
			first = d;
		due[n++] = d;
	}
	return n;
}
