/*
 * eventkey.c: event names to keys (see eventkey.h). The first rule whose
 * words all appear wins; otherwise the text itself, lower case, without
 * leading articles and filler.
 */
#include "eventkey.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const struct {
	const char *words[3];
	const char *key;
} rules[] = {
	{{"further order", NULL}, "further order"},
	{{"qualified immunity", NULL}, "qualified immunity decided"},
	{{"summary judgment", NULL}, "summary judgment decided"},
	{{"motion to dismiss", NULL}, "motion to dismiss decided"},
	{{"dispositive motion", NULL}, "dispositive motions decided"},
	{{"inter partes review", NULL}, "inter partes review completed"},
	{{"arbitration", NULL}, "arbitration concluded"},
	{{"findings", NULL}, "findings filed"},
	{{"appeal", NULL}, "appeal decided"},
	{{"answer", NULL}, "answer filed"},
	{{"trial memorandum", NULL}, "joint trial memorandum filed"},
	{{"settlement conference", NULL}, "settlement conference"},
	{{"status conference", NULL}, "status conference"},
	{{"pretrial conference", NULL}, "pretrial conference"},
	{{"scheduling conference", NULL}, "scheduling conference"},
	{{"rule 26(f)", NULL}, "rule 26(f) conference"},
	{{"deposition", NULL}, "deposition"},
	{{"notice", NULL}, "notice"},
	{{"hearing", NULL}, "hearing"},
	{{"trial", NULL}, "trial"},
};

char *event_key(const char *text)
{
	char *low = xstrdup(text ? text : "");
	for (char *p = low; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		int all = 1;
		for (int k = 0; k < 3 && rules[i].words[k]; k++)
			all &= strstr(low, rules[i].words[k]) != NULL;
		if (all) {
			free(low);
			return xstrdup(rules[i].key);
		}
	}
	/* the words themselves, without leading articles and "the date of" */
	static const char *const lead[] = {"the ", "a ", "an ", "date of ", "the date of ", NULL};
	char *s = low;
	for (int again = 1; again;) {
		again = 0;
		for (int i = 0; lead[i]; i++)
			if (has_prefix(s, lead[i])) {
				s += strlen(lead[i]);
				again = 1;
			}
	}
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '.' || s[n - 1] == ','))
		n--;
	char *key = xstrndup(s, n);
	free(low);
	return key;
}
