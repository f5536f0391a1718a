/*
 * cues.c: what a sentence of an order is (see cues.h).
 */
#include "cues.h"

#include <string.h>

#include "timex.h"
#include "util.h"

int recited_history(const char *s)
{
	static const char *const cues[] = {
		"previously", "originally", "was advised", "were advised", "were to be", "was to be",
		"had been", "has passed", "have passed", "by order dated", "by order of",
		"by letter dated", "the court ordered", "the court directed", "the court issued",
		"the court granted", "court directed", "court ordered", "we directed", "we ordered",
		"was ordered", "were ordered", "was directed", "were directed", "was due", "were due",
		"sought", "seeks", "requiring", "has requested", "have requested", "moved for",
		"moves for", "moves to", "asks the court", "asked the court", "filed a motion",
		"the court held", "court has held", "held a hearing", "hearing held", "failed to",
		"has failed", "have failed", "did not", "was not filed", "has not", "have not",
		"the court set", "the court entered", NULL};
	if (any_phrase(s, cues))
		return 1;
	/* "On June 3, 2021, the court ..." */
	if (!strncmp(s, "on ", 3)) {
		dl_day d;
		size_t e;
		if (timex_date(s, 3, &d, &e) && s[e] == ',')
			return 1;
	}
	return 0;
}

int ruling_only(const char *s)
{
	static const char *const cues[] = {"is denied", "are denied", "be denied", "is moot",
					   "are moot", "overruled", "is dismissed", "are dismissed",
					   "is disregarded", "is affirmed", "is reversed", "is granted",
					   "are granted", "is vacated", "is remanded", "is terminated",
					   "is adopted", "is accepted", "is approved", "is withdrawn",
					   NULL};
	return any_phrase(s, cues);
}

int not_a_duty(const char *s)
{
	static const char *const starts[] = {"see ", "cf. ", "id. ", "accord ", "but see ",
					     "failure to ", NULL};
	for (int i = 0; starts[i]; i++)
		if (has_prefix(s, starts[i]))
			return 1;
	if (strstr(s, "failure to") && strstr(s, "result in"))
		return 1;
	static const char *const cues[] = {
		"if plaintiff fails", "if defendant fails", "if defendants fail",
		"if the parties fail", "if petitioner fails", "if respondent fails", "fails to file",
		"fail to file", "will result in", "may result in", "shall result in", "could result",
		"is cautioned", "are cautioned", "is warned", "are warned", "is advised", "are advised",
		"is reminded", "are reminded", "encourages", "is encouraged", "are encouraged",
		"the court will consider", "the court may", "the court will not", "the court must",
		"the court will refer", "the court will provide", "the court will dismiss",
		"the court will order", "court will issue", "will order", "no party is required",
		"need not", "nothing in this order",
		"as a general rule", "generally", "the rule provides", "provides that", "requires a",
		"requires the", "rule requires", "the law", "litigants", "courts have",
		"a district court", "the circuit", "circuit has", "the supreme court", NULL};
	return any_phrase(s, cues);
}

int general_duty(const char *after)
{
	static const char *const starts[] = {
		"apply", "use", "proceed", "adhere", "be defined", "be authorized", "be limited",
		"be made in", "be made", "only", "accompany", "comply with each", "comply with all",
		"comply with the", "govern", "control", "be construed", "be deemed", "not", "be entered",
		"issue", "be governed", "remain", "continue", "be bound", "be subject", "be conducted in",
		"be consistent", "be used", "be served with", "endeavor", "retain jurisdiction", NULL};
	for (int i = 0; starts[i]; i++)
		if (phrase_at(after, 0, starts[i]))
			return 1;
	if (strstr(after, "within the time limits set forth") || strstr(after, "as required by the local"))
		return 1;
	return 0;
}

int find_modal(const char *s, struct modal *m)
{
	static const struct {
		const char *phrase;
		enum modal_kind kind;
		const char *verb;
	} modals[] = {
		{"shall have", M_HAVE, NULL},	     {"shall be filed", M_DUTY, "file"},
		{"shall be served", M_DUTY, "serve"}, {"shall be produced", M_DUTY, "produce"},
		{"shall be submitted", M_DUTY, "submit"}, {"shall be present", M_HEARING, "be present"},
		{"shall be personally present", M_HEARING, "be present"},
		{"shall personally appear", M_HEARING, "appear"},
		{"shall appear", M_HEARING, "appear"}, {"shall attend", M_HEARING, "attend"},
		{"shall", M_DUTY, NULL},	     {"must", M_DUTY, NULL},
		{"is hereby ordered to", M_DUTY, NULL}, {"are hereby ordered to", M_DUTY, NULL},
		{"is further ordered to", M_DUTY, NULL}, {"are further ordered to", M_DUTY, NULL},
		{"is ordered to", M_DUTY, NULL},     {"are ordered to", M_DUTY, NULL},
		{"is hereby directed to", M_DUTY, NULL}, {"are hereby directed to", M_DUTY, NULL},
		{"is directed to", M_DUTY, NULL},    {"are directed to", M_DUTY, NULL},
		{"is required to", M_DUTY, NULL},    {"are required to", M_DUTY, NULL},
		{"we direct that", M_DUTY, NULL},    {"court directs that", M_DUTY, NULL},
		{"directs that", M_DUTY, NULL},	     {"requires that", M_DUTY, NULL},
		{"will be due", M_DUE, "file"},	     {"shall be due", M_DUE, "file"},
		{"are due", M_DUE, "file"},	     {"is due", M_DUE, "file"},
		{"due by", M_DUE, "file"},	     {"due on", M_DUE, "file"},
		{"will be completed", M_FUTURE, "complete"}, {"will be provided", M_FUTURE, "provide"},
		{"will be filed", M_FUTURE, "file"}, {"will be served", M_FUTURE, "serve"},
		{"will be exchanged", M_FUTURE, "exchange"}, {"will be disclosed", M_FUTURE, "disclose"},
		{"will be produced", M_FUTURE, "produce"}, {"will be ready", M_FUTURE, "be ready"},
		{"will be conducted", M_FUTURE, "conduct"}, {"will be taken", M_FUTURE, "take"},
		{"will file", M_FUTURE, NULL},	     {"will serve", M_FUTURE, NULL},
		{"will provide", M_FUTURE, NULL},    {"will submit", M_FUTURE, NULL},
		{"will have", M_HAVE, NULL},	     {"have a period of", M_HAVE, NULL},
		{"will be held", M_HEARING, "attend"}, {"is set for", M_HEARING, "attend"},
		{"are set for", M_HEARING, "attend"}, {"is scheduled for", M_HEARING, "attend"},
		{"is reset for", M_HEARING, "attend"}, {"is set on", M_HEARING, "attend"},
		{"set for hearing", M_HEARING, "attend"}, {"may file", M_MAY, NULL},
		{"may serve", M_MAY, NULL},	     {"may submit", M_MAY, NULL},
		{"may object", M_MAY, NULL},	     {"may appeal", M_MAY, NULL},
		{NULL, 0, NULL}};
	const char *phrases[sizeof modals / sizeof modals[0]];
	for (size_t i = 0; i < sizeof modals / sizeof modals[0]; i++)
		phrases[i] = modals[i].phrase;
	int which;
	long best = find_any(s, phrases, 0, &which);
	if (best >= 0) {
		m->at = best;
		m->len = strlen(modals[which].phrase);
		m->kind = modals[which].kind;
		m->verb = modals[which].verb;
	}
	return best >= 0;
}
