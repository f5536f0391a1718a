/*
 * times.c: the time a duty's clause states (see times.h).
 */
#include "times.h"

#include "ascii.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "timex.h"
#include "util.h"

/* Where a time of day ending at p begins ("5:00 p.m.", "5:00 p.m. Eastern
 * Time on", "noon (CT) on"), or p when there is none. */
static size_t time_before(const char *low, size_t start, size_t p)
{
	static const char *const zones[] = {"eastern time", "central time", "mountain time", "pacific time",
					    "eastern standard time", "central standard time", "pacific standard time",
					    "mountain standard time", "eastern daylight time", "central daylight time",
					    "pacific daylight time", "mountain daylight time", "local time",
					    "(et)", "(ct)", "(mt)", "(pt)", "(est)", "(edt)", "(cst)", "(cdt)", "(mst)", "(mdt)",
					    "(pst)", "(pdt)", "et", "ct", "mt", "pt", "est", "edt", "cst",
					    "cdt", "mst", "mdt", "pst", "pdt", NULL};
	size_t q = p;
	if (q >= start + 3 && !strncmp(low + q - 3, " on", 3))
		q -= 3;
	while (q > start && (low[q - 1] == ' ' || low[q - 1] == ','))
		q--;
	/* (a zone's short name defined after its long one: "12:00 p.m., Pacific
	 * Standard Time ("PST") on") */
	if (q > start && low[q - 1] == ')') {
		size_t o = q - 1;
		while (o > start && q - o < 9 && (ascii_isalpha((unsigned char)low[o - 1]) || low[o - 1] == '"'))
			o--;
		if (o > start && low[o - 1] == '(' && q - o >= 3 && low[o] == '"') {
			q = o - 1;
			while (q > start && low[q - 1] == ' ')
				q--;
		}
	}
	for (int i = 0; zones[i]; i++) {
		size_t n = strlen(zones[i]);
		if (q >= start + n + 1 && !strncmp(low + q - n, zones[i], n) && low[q - n - 1] == ' ') {
			q -= n;
			while (q > start && (low[q - 1] == ' ' || low[q - 1] == ',')) /* "4:30 p.m., Pacific ..." */
				q--;
			break;
		}
	}
	for (size_t k = q > start + 12 ? q - 12 : start; k < q; k++) {
		size_t e;
		if (timex_word_start(low, k) && (ascii_isdigit((unsigned char)low[k]) || low[k] == 'n') &&
		    timex_time(low, k, &e) >= 0 && e == q)
			return k;
	}
	return p;
}

/* Is the "on" at pos the day of the clause's command: a modal of duty
 * ("shall", "must", "directed to") before it in the clause, and before "on" a word that is
 * no participle and no event the day could be of? */
static int on_is_commands_day(const char *low, size_t start, size_t pos)
{
	static const char *const events[] = {"hearing", "conference", "trial", "argument", "meeting", "deposition",
					     "session", "docket", "calendar", "day", "date", "record", "order",
					     "held", "heard", "made", "sent", "given", "done", "due", NULL};
	size_t b = pos;
	while (b > start && low[b - 1] == ' ')
		b--;
	/* (a term defined in parentheses after the object is passed over: "shall
	 * hold an annual meeting of stockholders (the "Stockholders' Meeting")
	 * on Thursday, February 1, 2007") */
	if (b > start && low[b - 1] == ')') {
		size_t q = b - 1;
		while (q > start && low[q - 1] != '(' && low[q - 1] != ')' && b - q < 60)
			q--;
		if (q > start && low[q - 1] == '(') {
			b = q - 1;
			while (b > start && low[b - 1] == ' ')
				b--;
		}
	}
	size_t w = b;
	while (w > start && ascii_isalpha((unsigned char)low[w - 1]))
		w--;
	if (b - w < 2 || (b - w > 3 && !strncmp(low + b - 2, "ed", 2)))
		return 0;
	for (int i = 0; events[i]; i++)
		if (strlen(events[i]) == b - w && !strncmp(low + w, events[i], b - w))
			return 0;
	/* (the modal of an act, not of a state: "shall be deemed timely filed
	 * if filed when the court opens for regular business on Monday"; and
	 * no clause of a condition or a time between it and the day, nor a
	 * docket entry's signature: "... [Doc. 105].Signed by Judge X on 4/1/15") */
	/* (or the court's direction to act, which is a duty's modal: "The
	 * parties are directed to file a joint status report on October 8") */
	static const char *const modals[] = {"shall", "must", "directed to", "ordered to", "required to", NULL};
	static const char *const subordinate[] = {"if", "when", "while", "after", "until", "once", "unless",
						  "which", "that", "who", "signed", NULL};
	size_t modal = SIZE_MAX;
	for (int i = 0; modals[i]; i++) {
		size_t n = strlen(modals[i]);
		for (size_t k = start; k + n < w && modal == SIZE_MAX; k++)
			if (!strncmp(low + k, modals[i], n) && timex_word_start(low, k) && low[k + n] == ' ')
				modal = k + n + 1;
	}
	if (modal == SIZE_MAX || !strncmp(low + modal, "be ", 3) || !strncmp(low + modal, "not be ", 7))
		return 0;
	for (size_t k = modal; k < w; k++) {
		if (!timex_word_start(low, k) || !strncmp(low + k, "if any", 6)) /* ("their reply, if any, ... on") */
			continue;
		for (int i = 0; subordinate[i]; i++) {
			size_t n = strlen(subordinate[i]);
			if (!strncmp(low + k, subordinate[i], n) && low[k + n] == ' ')
				return 0;
		}
	}
	return 1;
}

/* Is there a due cue just before pos (allowing a weekday and "close of business on")? */
static int due_cue_before(const char *low, size_t start, size_t pos, int hearing)
{
	static const char *const cues[] = {"no later than", "not later than", "on or before", "on or about",
					   "by", "due", "due on", "before", "until", "deadline", "deadline is",
					   "including", "through", "closes on", "close on", "ends on", "end on",
					   "closes", "close", "ends", "beginning", "commencing", "starting",
					   "prior to", "in advance of", "is", "are", "of", NULL};
	size_t p = pos;
	while (p > start && low[p - 1] == ' ')
		p--;
	/* a ruled table's cell rule, and the label's colon before it: "shall be
	 * filed on or before: | April 1, 2024 |" (the colon alone is a row's
	 * label, below) */
	if (p > start && low[p - 1] == '|') {
		p--;
		while (p > start && low[p - 1] == ' ')
			p--;
		if (p > start + 1 && low[p - 1] == ':' && ascii_isalpha((unsigned char)low[p - 2])) {
			size_t q = p - 1;
			while (q > start && ascii_isalpha((unsigned char)low[q - 1]))
				q--;
			/* (only a cue's own word: "before:", "by:", "than:") */
			if (!strncmp(low + q, "before:", 7) || !strncmp(low + q, "by:", 3) || !strncmp(low + q, "than:", 5))
				p--;
		}
	}
	/* "filed by (see LCR 7(d)) December 8": a parenthesis between the cue and
	 * the date is passed over */
	if (p > start && low[p - 1] == ')') {
		int depth = 0;
		size_t q = p;
		while (q > start) {
			q--;
			depth += low[q] == ')' ? 1 : low[q] == '(' ? -1 : 0;
			if (depth == 0)
				break;
		}
		if (depth == 0 && q + 80 > p) {
			p = q;
			while (p > start && low[p - 1] == ' ')
				p--;
		}
	}
	if (p > start && low[p - 1] == ',')
		p--;
	while (p > start && low[p - 1] == ' ')
		p--;
	/* "on or before the 3rd day of February, 1978" */
	if (p >= start + 4 && !strncmp(low + p - 4, " the", 4)) {
		p -= 4;
		while (p > start && low[p - 1] == ' ')
			p--;
	}
	/* a weekday before the date: "friday, june 5" */
	for (int wd = 0; wd < 7; wd++) {
		const char *name = weekday_name(wd);
		size_t n = strlen(name);
		if (p >= start + n && !strncasecmp(low + p - n, name, n)) {
			p -= n;
			while (p > start && (low[p - 1] == ' ' || low[p - 1] == ','))
				p--;
			break;
		}
	}
	/* an event's hour said before its day: "Trial will commence with opening
	 * arguments at 10:00 a.m., Monday, May 4, 2020" */
	if (hearing && time_before(low, start, p) < p)
		return 1;
	static const char *const fillers[] = {"close of business on", "the close of business on", "midnight on",
					      "end of day on", "end of day", "the end of the day on", NULL};
	for (int i = 0; fillers[i]; i++) {
		size_t n = strlen(fillers[i]);
		if (p >= start + n && !strncmp(low + p - n, fillers[i], n)) {
			p -= n;
			while (p > start && low[p - 1] == ' ')
				p--;
		}
	}
	/* ("by the close of business on Tuesday, ...": the article before the filler) */
	if (p >= start + 4 && !strncmp(low + p - 4, " the", 4)) {
		p -= 4;
		while (p > start && low[p - 1] == ' ')
			p--;
	}
	if (p > start && low[p - 1] == ':') { /* "Discovery deadline: June 5, 2025" */
		/* (not a docket stamp's: "(Entered: 08/26/2009)", "Signed: ...") */
		static const char *const stamps[] = {"entered:", "filed:", "signed:", "dated:", "modified:", "date filed:",
						     NULL};
		for (int i = 0; stamps[i]; i++) {
			size_t n = strlen(stamps[i]);
			if (p >= start + n && !strncmp(low + p - n, stamps[i], n) && timex_word_start(low, p - n))
				return 0;
		}
		return 1;
	}
	for (int i = 0; cues[i]; i++) {
		size_t n = strlen(cues[i]);
		if (p >= start + n && !strncmp(low + p - n, cues[i], n) && timex_word_start(low, p - n)) {
			/* "is"/"are"/"of" only in "is due"-less scheduling forms: "deadline
			 * is", "the due date for oppositions is" */
			/* (the clause may begin at the compound's last word: "the
			 * plea cutoff | date is May 19") */
			size_t from = start;
			if (from >= 2 && low[from - 1] == ' ') {
				from--;
				while (from > 0 && low[from - 1] != ' ' && start - from < 12)
					from--;
			}
			if ((!strcmp(cues[i], "is") || !strcmp(cues[i], "are") || !strcmp(cues[i], "of")) &&
			    !(p >= from + n + 9 && (strstr(low + from, "deadline") || strstr(low + from, "cutoff") || strstr(low + from, "cut-off") ||
						     timex_find_phrase(low + from, "last date", 0) >= 0 ||
						     timex_find_phrase(low + from, "last day", 0) >= 0 ||
						     timex_find_phrase(low + from, "due date", 0) >= 0)))
				continue;
			return 1;
		}
	}
	if (hearing && p >= start + 2 && !strncmp(low + p - 2, "on", 2) && timex_word_start(low, p - 2))
		return 1;
	/* a duty's passive with "be" and its day: "All dispositive motions shall
	 * be filed on June 12, 2015", docket text's "Amended Plan shall be filed
	 * 9/29/2008" (not "was filed on", "been filed on") */
	if (!hearing) {
		size_t v = p;
		if (p >= start + 2 && !strncmp(low + p - 2, "on", 2) && timex_word_start(low, p - 2)) {
			v = p - 2;
			while (v > start && low[v - 1] == ' ')
				v--;
		}
		size_t w = v;
		while (w > start && ascii_isalpha((unsigned char)low[w - 1]))
			w--;
		size_t b = w;
		while (b > start && low[b - 1] == ' ')
			b--;
		if (v - w >= 4 && !strncmp(low + v - 2, "ed", 2) && b >= start + 2 && !strncmp(low + b - 2, "be", 2) &&
		    timex_word_start(low, b - 2))
			return 1;
	}
	/* a command's day after "on", in the active voice: "plaintiff shall file
	 * his opposition to the motion to stay on October 9, 2009" (not a day
	 * that dates a thing the clause names: "the response to the motion filed
	 * on May 1", "the transcript of the hearing on May 5") */
	if (!hearing && p >= start + 2 && !strncmp(low + p - 2, "on", 2) && timex_word_start(low, p - 2) &&
	    on_is_commands_day(low, start, p - 2))
		return 1;
	/* a clause that opens with its day: "On December 1, 2015, counsel shall ..." */
	if (p == start + 2 && !strncmp(low + start, "on", 2))
		return 1;
	if (hearing && p >= start + 3 && !strncmp(low + p - 3, "for", 3) && timex_word_start(low, p - 3))
		return 1;
	/* "continued to June 5", "reset until July 1" */
	if (hearing && p >= start + 2 && !strncmp(low + p - 2, "to", 2) && timex_word_start(low, p - 2))
		return 1;
	if (hearing && p >= start + 5 && !strncmp(low + p - 5, "until", 5) && timex_word_start(low, p - 5))
		return 1;
	/* a time extended "to" its new day: "granting motion to extend time to
	 * answer cmp to 10/10/00", "time to respond is extended to June 5",
	 * "shall have an extension of time to May 7" (an extension's verb or
	 * noun within the ten words before; the noun not of a span asked for,
	 * "an extension of time from June 21 to July 5"), and time given "to" a
	 * day: "shall have additional time to April 1" */
	if (!hearing && p >= start + 2 && !strncmp(low + p - 2, "to", 2) && timex_word_start(low, p - 2)) {
		if (p >= start + 8 && !strncmp(low + p - 8, "time to", 7) && timex_word_start(low, p - 8))
			return 1;
		size_t words = 0, k = p - 2;
		int from = 0;
		while (k > start && words < 10) {
			k--;
			if (low[k] == ' ')
				words++;
			if (!timex_word_start(low, k))
				continue;
			from |= !strncmp(low + k, "from ", 5);
			if (!strncmp(low + k, "extend", 6) || (!from && !strncmp(low + k, "extens", 6)))
				return 1;
		}
	}
	/* docket text's "further hearing to be held October 19, 2009", "A
	 * telephonic status conference will be held October 7, 2015" (be held:
	 * the future, not a hearing that was held) */
	if (hearing && p >= start + 7 && !strncmp(low + p - 7, "be held", 7) && timex_word_start(low, p - 7))
		return 1;
	/* a time of day between the cue and the date: "by 5:00 p.m., March 1",
	 * "by 5:00 p.m. Eastern Time on April 3" */
	size_t t = time_before(low, start, p);
	if (t < p) {
		/* (an hour after its cue: "beginning at 10:00 a.m. Tuesday, May
		 * 30", "are due at 12:00 p.m. Pacific Time on March 12") */
		size_t u = t;
		while (u > start && low[u - 1] == ' ')
			u--;
		if (u >= start + 3 && !strncmp(low + u - 3, " at", 3))
			t = u - 3;
		return due_cue_before(low, start, t, hearing);
	}
	return 0;
}

/* Is the time of day at p the hour a hearing is moved or set to ("is
 * continued to 3:30 p.m. in Department 403 on November 27"), its "to" not
 * the end of a span of hours ("from 9:00 a.m. to 5:00 p.m.")? */
static int moved_to_hour(const char *s, size_t a, size_t p)
{
	return p >= a + 4 && timex_phrase_at(s, p - 3, "to") && time_before(s, a, p - 3) == p - 3;
}

/* low must end at b (handle_segment bounds it). */
enum event_named { EVENT_NONE, EVENT_POINT, EVENT_HELD };

/* Does the noun phrase at p (after "the") name an event of the case: one the
 * court holds ("date of the final pretrial conference", "Thursday prior to
 * the week of trial") or a point of the schedule ("close of discovery")? A
 * weekday counts from the event after it; without any_words (after "by the",
 * "on the") the event noun must come first. The phrase ends at a preposition
 * that starts another ("before the Court at the hearing" names the Court). */
static enum event_named names_event(const char *s, size_t p, int any_words)
{
	static const char *const held[] = {"conference", "hearing", "trial", "meeting", NULL};
	static const char *const points[] = {"close", "end", "completion", "start", "commencement", "beginning",
					     "deadline", NULL};
	static const char *const stops[] = {"at", "in", "on", "for", "by", "to", "and", "or", "with", "that",
					    "which", "court", "this", "its", NULL};
	static const char *const relative[] = {"prior to the ", "before the ", "preceding the ", NULL};
	size_t wd = timex_weekday(s, p);
	if (wd) {
		size_t q = p + wd;
		while (s[q] == ' ' || s[q] == ',')
			q++;
		for (int i = 0; relative[i]; i++)
			if (timex_phrase_at(s, q, relative[i]))
				return names_event(s, q + strlen(relative[i]), 1);
		return EVENT_NONE;
	}
	size_t q = p;
	for (int w = 0; w < 8 && (any_words || w == 0); w++) {
		for (int kind = 0; kind < 2; kind++)
			for (const char *const *ev = kind ? points : held; *ev; ev++)
				/* (not "the trial court's ruling": a court) */
				if (timex_phrase_at(s, q, *ev) &&
				    !(s[q + strlen(*ev)] == ' ' && timex_phrase_at(s, q + strlen(*ev) + 1, "court")))
					return kind ? EVENT_POINT : EVENT_HELD;
		for (int k = 0; stops[k]; k++)
			if (timex_phrase_at(s, q, stops[k]))
				return EVENT_NONE;
		size_t e = q;
		while (ascii_isalpha((unsigned char)s[e]) || s[e] == '-')
			e++;
		if (e == q || s[e] != ' ')
			return EVENT_NONE;
		q = e + 1;
	}
	return EVENT_NONE;
}

void find_times(const char *low, size_t a, size_t b, int hearing, dl_day today, struct times *tm)
{
	const char *s = low;
	memset(tm, 0, sizeof *tm);
	tm->due = DATE_NONE;
	tm->minute = -1;
	size_t due_start = 0, due_end = 0;
	for (size_t p = a; p < b && tm->due == DATE_NONE; p++) {
		dl_day d;
		size_t e;
		if (!ascii_isalnum((unsigned char)s[p]) || (p > 0 && ascii_isalnum((unsigned char)s[p - 1])))
			continue; /* (a date begins a word: the quick test before the parse) */
		int r = timex_date(s, p, &d, &e);
		if (!r)
			continue;
		if (due_cue_before(s, a, p, hearing)) {
			if (r == DATE_FOUND) {
				tm->due = d;
				due_start = p;
				due_end = e;
			} else if (!tm->invalid) {
				tm->invalid = 1;
				snprintf(tm->invalid_text, sizeof tm->invalid_text, "%.*s",
					 (int)(e - p < 39 ? (size_t)(e - p) : utf8_cut(s + p, 39)), s + p);
			}
		}
		p = e;
	}
	/* "no later than 5:00 p.m. today", "by tomorrow": the entry date, or the
	 * day after it */
	/* ("by the end of the business day", "by close of business": the day of
	 * entry, when no day follows) */
	static const char *const days_end[] = {"the end of the business day", "the end of the day",
					       "the close of business", "close of business", NULL};
	for (size_t p = a; p < b && tm->due == DATE_NONE && today != DATE_NONE; p++) {
		int next = timex_phrase_at(s, p, "tomorrow");
		size_t len = next ? 8 : timex_phrase_at(s, p, "today") ? 5 : 0;
		for (int k = 0; days_end[k] && !len; k++)
			if (timex_phrase_at(s, p, days_end[k]) && !timex_phrase_at(s, p + strlen(days_end[k]), " on") &&
			    !timex_phrase_at(s, p + strlen(days_end[k]), " of"))
				len = strlen(days_end[k]);
		if (len && timex_word_start(s, p) && due_cue_before(s, a, p, hearing)) {
			tm->due = today + next;
			due_end = p + len;
		}
	}
	/* a time of day: "at 10:00 a.m." (or "@ 2:00PM") after the date, or "by 5:00
	 * p.m." anywhere */
	for (size_t p = a; p < b; p++) {
		size_t e;
		if (!timex_word_start(s, p) || (!ascii_isdigit((unsigned char)s[p]) && (s[p] != 'n' || strncmp(s + p, "noon", 4))))
			continue;
		int m = timex_time(s, p, &e);
		if (m < 0)
			continue;
		int at = (p >= 3 && !strncmp(s + p - 3, "at ", 3)) || (p >= 2 && !strncmp(s + p - 2, "@ ", 2)) ||
			 (hearing && moved_to_hour(s, a, p));
		int by = (p >= 3 && !strncmp(s + p - 3, "by ", 3)) || (p >= 5 && !strncmp(s + p - 5, "than ", 5)) ||
			 (p >= 7 && !strncmp(s + p - 7, "before ", 7)); /* ("on or before 3:00 p.m. on Tuesday") */
		/* docket text: "set for 7/10/2017 10:00 AM", "set for 9:00 2/9/04" */
		int after_date = tm->due != DATE_NONE && (p == due_end + 1 || (p == due_end + 2 && s[due_end] == ','));
		/* (or just before it: "set for 9:00 2/9/04", "due at 12:00 p.m.
		 * Pacific Time on March 12") */
		size_t q = due_start;
		while (q > a && s[q - 1] == ' ')
			q--;
		int before_date = tm->due != DATE_NONE && time_before(s, a, q) == p;
		if ((at && (tm->due != DATE_NONE || hearing) && (p > due_end || hearing)) || by || after_date || before_date) {
			tm->minute = m;
			break;
		}
		p = e;
	}
	tm->has_period = timex_period(s, a, &tm->period) && tm->period.start < b;
	/* (a period in what cause is shown about is not the time to show it:
	 * "granted to and including June 19, 2020, to show good cause why they
	 * should not be ordered to respond ... within twenty-one (21) days") */
	if (tm->has_period && tm->due != DATE_NONE && due_start < tm->period.start) {
		long why = timex_find_phrase(s, "why", due_end);
		if (why >= 0 && (size_t)why < tm->period.start)
			tm->has_period = 0;
	}
	/* "extend the deadline by fourteen days to July 15": the day it is
	 * extended to, not the length */
	if (tm->has_period && tm->period.widens && tm->due != DATE_NONE)
		tm->has_period = 0;
	/* "within 120 days and in any event by September 27": the earlier */
	if (tm->due != DATE_NONE && tm->has_period && timex_find_phrase(s, "in any event", a) >= 0)
		tm->whichever = "earlier";
	long w = timex_find_phrase(s, "whichever", a);
	if (w >= 0) {
		long later = timex_find_phrase(s, "later", (size_t)w), earlier = timex_find_phrase(s, "earlier", (size_t)w);
		if (later >= 0 && (earlier < 0 || later < earlier))
			tm->whichever = "later";
		else if (earlier >= 0)
			tm->whichever = "earlier";
	}
	tm->immediately = timex_find_phrase(s, "immediately", a) >= 0 || timex_find_phrase(s, "forthwith", a) >= 0 ||
			  timex_find_phrase(s, "promptly", a) >= 0;
	/* "to the December 2021 Term of this Court": a term of court, no day */
	static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july",
					     "august", "september", "october", "november", "december", NULL};
	int term = timex_find_phrase(s, "term", a) >= 0; /* (the months looked for only when there is one) */
	for (int i = 0; term && months[i] && !tm->event_bound; i++)
		for (long at = timex_find_phrase(s, months[i], a); at >= 0 && !tm->event_bound;
		     at = timex_find_phrase(s, months[i], (size_t)at + 1)) {
			size_t q = (size_t)at + strlen(months[i]);
			/* (each byte tested in turn: the text may end at any of them) */
			if (s[q] == ' ' && ascii_isdigit((unsigned char)s[q + 1]) && ascii_isdigit((unsigned char)s[q + 2]) &&
			    ascii_isdigit((unsigned char)s[q + 3]) && ascii_isdigit((unsigned char)s[q + 4]) && s[q + 5] == ' ' &&
			    timex_phrase_at(s, q + 6, "term"))
				tm->event_bound = 1;
		}
	/* "no later than the close of discovery": a time tied to an event, no period */
	static const struct {
		const char *cue;
		int any_words; /* (words may stand before the event noun) */
	} before_event[] = {{"no later than the ", 1}, {"not later than the ", 1}, {"prior to the ", 1},
			    {"on or before the ", 1}, {"before the ", 1},	   {"by the ", 0},
			    {"on the ", 0}};
	enum event_named named = EVENT_NONE;
	for (size_t i = 0; i < sizeof before_event / sizeof before_event[0] && !named && !tm->event_bound; i++)
		for (long at = timex_find_phrase(s, before_event[i].cue, a); at >= 0 && (size_t)at < b && !named;
		     at = timex_find_phrase(s, before_event[i].cue, (size_t)at + 1))
			named = names_event(s, (size_t)at + strlen(before_event[i].cue), before_event[i].any_words);
	tm->event_bound |= named != EVENT_NONE; /* (or a term of court, above) */
	tm->held_event = named == EVENT_HELD;
}
