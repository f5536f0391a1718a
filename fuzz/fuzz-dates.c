/* fuzz-dates.c: libFuzzer harness for the date, period and time-expression
 * parsers (what --due, --from, --within, --today and order text go through). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "timex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	dl_day d;
	char why[80], iso[11];
	if (date_parse(s, &d, why, sizeof why) == 0 && strcmp(date_format(d, iso), s) != 0)
		abort(); /* a parsed date must format back to itself */
	long n;
	char unit;
	period_parse(s, &n, &unit);
	for (size_t i = 0; i < size; i++)
		s[i] = (char)tolower((unsigned char)s[i]);
	size_t len = strlen(s);
	for (size_t p = 0; p < len; p++) {
		size_t e;
		long v;
		if (timex_date(s, p, &d, &e) && e > len)
			abort();
		if (timex_time(s, p, &e) >= 0 && e > len)
			abort();
		if (timex_number(s, p, &v, &e) && e > len)
			abort();
	}
	struct timex_period tp;
	if (timex_period(s, 0, &tp) && (tp.end > len || tp.start > tp.end))
		abort();
	free(s);
	return 0;
}
