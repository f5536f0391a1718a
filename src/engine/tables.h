/*
 * tables.h: the data tables of data/ as the build compiled them. Each was
 * parsed and checked first by src/engine/tsvcheck (a field it does not
 * understand fails the build with file, line and column), and the holiday
 * and court tables were written out already parsed: the program looks
 * their rows up as they are, and parses nothing at run time.
 */
#ifndef DL_TABLES_H
#define DL_TABLES_H

#include <stddef.h>

#include "calendar.h"
#include "holrule.h"

/* data/courts.tsv */
extern const struct court court_table[];
extern const size_t court_rows;
/* data/federal-holidays.tsv and data/state-holidays.tsv */
extern const struct holrow federal_holiday_table[];
extern const size_t federal_holiday_rows;
extern const struct holrow state_holiday_table[];
extern const size_t state_holiday_rows;

/* data/declared-days.tsv: days closed by the President */
enum declared_status { DECLARED_ARGUABLE, DECLARED_HALF_DAY, DECLARED_NOT_HOLIDAY };
struct declared_day {
	dl_day day;
	enum declared_status status;
	const char *name, *citation;
};
extern const struct declared_day declared_table[];
extern const size_t declared_rows;

/* data/court-divisions.tsv (code, division, tz, note) and
 * data/inauguration-area.tsv (code, division or '*', place, citation), as text */
extern const char *const divisions_table[][4];
extern const size_t divisions_rows;
extern const char *const inauguration_area_table[][4];
extern const size_t inauguration_area_rows;
/* data/rule-defaults.tsv (names, days, from, us_days, citation), as text */
extern const char *const rule_default_table[][5];
extern const size_t rule_default_rows;

#endif
