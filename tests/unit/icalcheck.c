/*
 * icalcheck.c: feeds read back with libical (see icalcheck.h).
 */
#include "icalcheck.h"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int ical_count_events(const char *text)
{
	icalcomponent *c = icalparser_parse_string(text);
	if (!c)
		return -1;
	int n = icalcomponent_count_components(c, ICAL_VEVENT_COMPONENT);
	icalcomponent_free(c);
	return n;
}

/* Re-add the VTIMEZONEs in the order they are in now: libical puts each one
 * added first, so this reverses them back. */
static void restore_zone_order(icalcomponent *cal)
{
	int n = icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT);
	icalcomponent **zones = xcalloc((size_t)n + 1, sizeof *zones);
	int i = 0;
	for (icalcomponent *z = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT); z;
	     z = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT))
		zones[i++] = z;
	for (i = 0; i < n; i++)
		icalcomponent_remove_component(cal, zones[i]);
	for (i = 0; i < n; i++)
		icalcomponent_add_component(cal, zones[i]);
	free(zones);
}

/* Replace every from (not empty) in s by to, in place (to is no longer). */
static void replace_all(char *s, const char *from, const char *to)
{
	size_t nf = strlen(from), nt = strlen(to);
	char *out = s;
	for (char *p = s; *p;) {
		if (!strncmp(p, from, nf)) {
			memmove(out, to, nt);
			out += nt, p += nf;
		} else {
			*out++ = *p++;
		}
	}
	*out = '\0';
}

char *ical_rewritten(const char *text)
{
	icalcomponent *cal = icalparser_parse_string(text);
	if (!cal)
		return NULL;
	restore_zone_order(cal);
	char *s = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	replace_all(s, "\r\n \r\n", "\r\n");
	replace_all(s, "\r\r\n \n", "\r\n");
	return s;
}
