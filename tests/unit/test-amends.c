/*
 * test-amends.c: amend_match() (src/extract/amend.c) on sentences written for
 * each kind of evidence, then on the order corpus's real amendment pairs.
 *
 * tests/orders holds orders that change earlier orders of the same case; their
 * gold files list each change under "amends" (the earlier order, the old
 * obligation's quote, the new date or "vacated", the new quote). Both orders
 * are read by the extractor, the matcher pairs the new order's obligations with
 * the old one's, and a pair is right when its old obligation quotes at least
 * half of the gold "old_quote" and its new one has the gold date (or quotes
 * half of the gold "quote"). The figures are printed, and held to floors
 * (DL_AMEND_FLOOR=precision,recall overrides them).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <ctype.h>
#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "amend.h"
#include "extract.h"
#include "util.h"

static struct amend_item item(const char *kind, const char *action, const char *quote, const char *due)
{
	dl_day d = DATE_NONE;
	if (due)
		assert_int_equal(date_parse(due, &d, NULL, 0), 0);
	return (struct amend_item){kind, action, quote, d, -1};
}

/* Each kind of evidence, and what must not be paired. */
static void evidence(void **state)
{
	(void)state;
	struct amend_item old[] = {
		item("hearing", "attend Sentencing", "Sentencing set for 5/22/2017 at 09:00 AM in Courtroom 501.",
		     "2017-05-22"),
		item("deadline", "file Discovery Deadline", "Discovery Deadline NOVEMBER 1, 2005", "2005-11-01"),
		item("deadline", "file Plaintiff's expert disclosures", "Plaintiff's expert disclosures: June 1, 2005",
		     "2005-06-01"),
		item("deadline", "file Defendant's expert disclosures", "Defendant's expert disclosures: July 1, 2005",
		     "2005-07-01"),
	};
	struct amend_item new_items[] = {
		/* the old date named */
		item("hearing", "attend The Sentencing", "The Sentencing set for 5/22/2017 is RESET for 6/26/2017.",
		     "2017-06-26"),
		/* the same label */
		item("deadline", "file Discovery Deadline", "Discovery Deadline OCTOBER 1, 2007", "2007-10-01"),
		item("deadline", "file Defendant's expert disclosures",
		     "Defendant's expert disclosures: August 3, 2007", "2007-08-03"),
		/* a new duty of another kind: nothing to change */
		item("deadline", "file a joint status report", "The parties shall file a joint status report by May 1.",
		     "2007-05-01"),
	};
	struct amend_pair p[4];
	size_t n = amend_match(old, 4, new_items, 4, NULL, p);
	assert_int_equal(n, 3);
	int seen[4] = {0};
	for (size_t i = 0; i < n; i++) {
		seen[p[i].new_i] = 1;
		if (p[i].new_i == 0) {
			assert_int_equal(p[i].old_i, 0);
			assert_int_equal(p[i].why, AMEND_OLD_DATE);
		} else if (p[i].new_i == 1) {
			assert_int_equal(p[i].old_i, 1);
			assert_int_equal(p[i].why, AMEND_LABEL);
		} else {
			assert_int_equal(p[i].new_i, 2);
			assert_int_equal(p[i].old_i, 3); /* the defendant's, not the plaintiff's */
		}
	}
	assert_false(seen[3]);

	/* the docket's abbreviations: "JS/JT" is the jury trial */
	struct amend_item old4[] = {
		item("hearing", "attend JS/JT", "JS/JT 8-17-04 @ 9 a.m.", "2004-08-17"),
		item("hearing", "attend FPT", "FPT 7-26-04 @ 10 a.m.", "2004-07-26"),
	};
	struct amend_item new4[] = {
		item("hearing", "attend pretrial conference", "pretrial conference set for 10:00 9/20/04", "2004-09-20"),
		item("hearing", "attend jury trial", "jury trial set for 9:00 10/19/04", "2004-10-19"),
	};
	n = amend_match(old4, 2, new4, 2, NULL, p);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(p[i].old_i, p[i].new_i == 0 ? 1 : 0);

	/* a continuance of the case's only hearing */
	struct amend_item old2[] = {
		item("hearing", "attend Hearing", "Hearing scheduled for 11/10/2005 at 09:30 AM.", "2005-11-10"),
		item("deadline", "file Objections", "Objections due by 11/3/2005.", "2005-11-03"),
	};
	struct amend_item new2[] = {
		item("hearing", "attend Status hearing", "Hearing Continued. Status hearing to be held on 12/30/2005.",
		     "2005-12-30"),
	};
	n = amend_match(old2, 2, new2, 1, NULL, p);
	assert_int_equal(n, 1);
	assert_int_equal(p[0].old_i, 0);
	assert_int_equal(p[0].why, AMEND_ONLY_EVENT);
	/* a continuance said in the docket text's opening words, not in the sentence */
	struct amend_item new3[] = {
		item("hearing", "attend Hearing", "Hearing scheduled for 12/7/2005 at 10:00 AM.", "2005-12-07"),
	};
	assert_int_equal(amend_match(old2, 2, new3, 1, NULL, p), 0);
	n = amend_match(old2, 2, new3, 1, "Hearing Continued (RE: related document(s) 16 Objection)", p);
	assert_int_equal(n, 1);
	assert_int_equal(p[0].why, AMEND_ONLY_EVENT);
	/* the same day at another hour is a change */
	struct amend_item later[] = {item("hearing", "attend Hearing", "The hearing is rescheduled for 1:30 PM.",
					  "2005-11-10")};
	later[0].minute = 13 * 60 + 30;
	old2[0].minute = 9 * 60 + 30;
	n = amend_match(old2, 2, later, 1, NULL, p);
	assert_int_equal(n, 1);
	old2[0].minute = -1;
	/* what a sentence takes away: by its date (and no other), by its whole
	 * label with no date; not a reset to a new date, not what is already changed */
	{
		struct amend_item olds[] = {
			item("hearing", "attend Show Cause Hearing", "Show Cause Hearing set for 5/10/2006 08:30 AM.",
			     "2006-05-10"),
			item("hearing", "attend Bond Exoneration Hearing", "Bond Exoneration Hearing set for 5/10/2013.",
			     "2013-05-10"),
			item("hearing", "attend status hearing", "Initial status hearing set for 4/19/17 at 9:15 a.m.",
			     "2017-04-19"),
		};
		const char *text = "The court vacates the order to show cause hearing set on 5/10/06. Bond exoneration "
				   "hearing is vacated as to Elias Torres. The status hearing set for 4/19/17 is "
				   "stricken and reset to 5/18/17.";
		struct amend_vacate v[3];
		size_t nv = amend_vacated(olds, 3, NULL, text, strlen(text), v);
		assert_int_equal(nv, 2);
		assert_int_equal(v[0].old_i, 0);
		assert_true(!strncmp(text + v[0].start, "The court vacates", 17));
		assert_int_equal(v[1].old_i, 1);
		unsigned char skip[3] = {1, 0, 0};
		nv = amend_vacated(olds, 3, skip, text, strlen(text), v);
		assert_int_equal(nv, 1);
		assert_int_equal(v[0].old_i, 1);
		assert_int_equal(amend_vacated(olds, 3, NULL, "Nothing is vacated.", 19, v), 0);
	}
	/* the same date is no change; nothing to match against is no pair */
	struct amend_item same[] = {item("hearing", "attend Hearing", "Hearing set for 11/10/2005.", "2005-11-10")};
	assert_int_equal(amend_match(old2, 2, same, 1, NULL, p), 0);
	assert_int_equal(amend_match(NULL, 0, new2, 1, NULL, p), 0);
	for (int w = AMEND_OLD_DATE; w <= AMEND_ONLY_EVENT; w++)
		assert_true(strlen(amend_why_text((enum amend_why)w)) > 0);
}

/* ---- the corpus's pairs ---- */

static char *slurp(const char *path)
{
	char *s = NULL;
	size_t len = 0;
	if (read_file(path, &s, &len, 1 << 24) != 0)
		return NULL;
	return s;
}

/* The words of s, lower case (for "quotes at least half of"). */
static size_t words_of(const char *s, char (*w)[32], size_t max)
{
	size_t n = 0;
	for (const char *p = s ? s : ""; *p && n < max;) {
		if (!isalnum((unsigned char)*p)) {
			p++;
			continue;
		}
		size_t k = 0;
		while (isalnum((unsigned char)*p)) {
			if (k + 1 < 32)
				w[n][k++] = (char)tolower((unsigned char)*p);
			p++;
		}
		w[n][k] = '\0';
		n++;
	}
	return n;
}

static int covers(const char *have, const char *want)
{
	static char hw[512][32], ww[512][32];
	size_t nh = words_of(have, hw, 512), nw = words_of(want, ww, 512), common = 0;
	if (!nw)
		return 0;
	for (size_t i = 0; i < nw; i++)
		for (size_t j = 0; j < nh; j++)
			if (!strcmp(ww[i], hw[j])) {
				common++;
				break;
			}
	return common * 2 >= nw;
}

/* Is (o -> n) the gold change g: o quotes half of its old quote, and n has its
 * new date or quotes half of its new quote? */
static int is_change(json_t *g, const struct extracted *o, const struct extracted *n)
{
	const char *nd = json_string_value(json_object_get(g, "new_due"));
	dl_day want = DATE_NONE;
	if (nd)
		date_parse(nd, &want, NULL, 0);
	return covers(o->quote, json_string_value(json_object_get(g, "old_quote"))) &&
	       ((want != DATE_NONE && n->due == want) || covers(n->quote, json_string_value(json_object_get(g, "quote"))));
}

struct order {
	json_t *gold;
	struct extraction x;
	struct amend_item *items;
	char title[200]; /* the order's opening words */
	char *body;      /* its text */
};

static int read_order(const char *dir, const char *name, struct order *o)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.json", dir, name);
	o->gold = json_load_file(path, 0, NULL);
	snprintf(path, sizeof path, "%s/%s.txt", dir, name);
	char *text = slurp(path);
	if (!o->gold || !text) {
		free(text);
		return -1;
	}
	const char *body = strstr(text, "\n---\n");
	body = body ? body + 5 : text;
	struct extract_options opt = {.entered = DATE_NONE};
	const char *entered = json_string_value(json_object_get(o->gold, "entered"));
	if (entered)
		assert_int_equal(date_parse(entered, &opt.entered, NULL, 0), 0);
	extract_order_with(body, strlen(body), &opt, &o->x);
	snprintf(o->title, sizeof o->title, "%s", body);
	o->body = xstrdup(body);
	o->items = xcalloc(o->x.n + 1, sizeof *o->items);
	for (size_t i = 0; i < o->x.n; i++) {
		const struct extracted *e = &o->x.items[i];
		o->items[i] = (struct amend_item){e->kind, e->action, e->quote, e->due, e->minute};
	}
	free(text);
	return 0;
}

static void order_free(struct order *o)
{
	free(o->body);
	extraction_free(&o->x);
	free(o->items);
	json_decref(o->gold);
}

static void corpus_pairs(void **state)
{
	(void)state;
	const char *srcdir = getenv("DL_SRCDIR");
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/tests/orders", srcdir ? srcdir : ".");
	DIR *d = opendir(dir);
	assert_non_null(d);
	size_t gold_changes = 0, gold_vacated = 0, found = 0, predicted = 0, right = 0, pairs = 0;
	size_t vac_predicted = 0, vac_right = 0;
	for (struct dirent *de; (de = readdir(d));) {
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".json") || !isdigit((unsigned char)de->d_name[0]))
			continue;
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(len - 5), de->d_name);
		struct order newer;
		if (read_order(dir, name, &newer) != 0)
			continue;
		json_t *amends = json_object_get(newer.gold, "amends");
		if (!json_is_array(amends) || !json_array_size(amends)) {
			order_free(&newer);
			continue;
		}
		/* the earlier orders this one changes (usually one) */
		const char *done[8];
		size_t ndone = 0;
		size_t ai;
		json_t *a;
		json_array_foreach(amends, ai, a) {
			const char *was = json_string_value(json_object_get(a, "order"));
			int seen = 0;
			for (size_t k = 0; k < ndone; k++)
				seen |= !strcmp(done[k], was);
			if (!was || seen || ndone == 8)
				continue;
			done[ndone++] = was;
			struct order older;
			assert_int_equal(read_order(dir, was, &older), 0);
			pairs++;
			struct amend_pair *p = xcalloc(newer.x.n + 1, sizeof *p);
			size_t np = amend_match(older.items, older.x.n, newer.items, newer.x.n, newer.title, p);
			/* the gold changes of this pair, and which were found */
			size_t gi;
			json_t *g;
			json_array_foreach(amends, gi, g) {
				if (strcmp(json_string_value(json_object_get(g, "order")), was))
					continue;
				if (json_is_true(json_object_get(g, "vacated"))) {
					gold_vacated++;
					continue;
				}
				gold_changes++;
			}
			/* which gold changes a right pair found (the rest are printed) */
			json_array_foreach(amends, gi, g) {
				if (strcmp(json_string_value(json_object_get(g, "order")), was) ||
				    json_is_true(json_object_get(g, "vacated")))
					continue;
				int hit = 0;
				for (size_t k = 0; k < np && !hit; k++)
					hit = is_change(g, &older.x.items[p[k].old_i], &newer.x.items[p[k].new_i]);
				if (!hit)
					printf("# %s <- %s: missed: \"%.60s\" -> %s\n", name, was,
					       json_string_value(json_object_get(g, "old_quote")),
					       json_is_string(json_object_get(g, "new_due"))
						       ? json_string_value(json_object_get(g, "new_due"))
						       : "-");
			}
			for (size_t k = 0; k < np; k++) {
				const struct extracted *o = &older.x.items[p[k].old_i], *n = &newer.x.items[p[k].new_i];
				predicted++;
				int ok = 0;
				json_array_foreach(amends, gi, g) {
					if (ok || strcmp(json_string_value(json_object_get(g, "order")), was) ||
					    json_is_true(json_object_get(g, "vacated")))
						continue;
					ok = is_change(g, o, n);
				}
				right += ok;
				found += ok;
				if (!ok)
					printf("# %s <- %s: a wrong pair: \"%.60s\" -> \"%.60s\"\n", name, was, o->quote, n->quote);
			}
			/* what the new order takes away, of what it did not change */
			unsigned char *skip = xcalloc(older.x.n + 1, 1);
			for (size_t k = 0; k < np; k++)
				skip[p[k].old_i] = 1;
			struct amend_vacate *v = xcalloc(older.x.n + 1, sizeof *v);
			size_t nv = amend_vacated(older.items, older.x.n, skip, newer.body, strlen(newer.body), v);
			for (size_t k = 0; k < nv; k++) {
				const struct extracted *o = &older.x.items[v[k].old_i];
				int ok = 0;
				json_array_foreach(amends, gi, g)
					ok |= !strcmp(json_string_value(json_object_get(g, "order")), was) &&
					      json_is_true(json_object_get(g, "vacated")) &&
					      covers(o->quote, json_string_value(json_object_get(g, "old_quote")));
				vac_predicted++;
				vac_right += ok;
				if (!ok)
					printf("# %s <- %s: a wrong vacate: \"%.60s\" by \"%.60s\"\n", name, was, o->quote,
					       newer.body + v[k].start);
			}
			free(v);
			free(skip);
			free(p);
			order_free(&older);
		}
		order_free(&newer);
	}
	closedir(d);
	/* changes and vacatings together */
	size_t all_pred = predicted + vac_predicted, all_right = right + vac_right, all_gold = gold_changes + gold_vacated;
	double precision = all_pred ? (double)all_right / all_pred : 1, recall = all_gold ? (double)all_right / all_gold : 0;
	printf("# amendment pairs %zu: %zu changes and %zu vacatings in the gold; %zu changes made, %zu right; "
	       "%zu vacatings made, %zu right: precision %.3f, recall %.3f\n",
	       pairs, gold_changes, gold_vacated, predicted, right, vac_predicted, vac_right, precision, recall);
	(void)found;
	double floor_p = 0.95, floor_r = 0.80; /* measured 1.000 and 0.833 (35 of 42) */
	const char *env = getenv("DL_AMEND_FLOOR");
	if (env)
		sscanf(env, "%lf,%lf", &floor_p, &floor_r);
	assert_true(pairs >= 20);
	assert_true(precision >= floor_p);
	assert_true(recall >= floor_r);
}

/* amend_candidates: every old obligation a new one could change, best
 * first; two that the evidence cannot tell apart score the same (the review
 * queue shows both and applies neither); the one whose date the new
 * sentence names scores above the rest; none for a new duty. */
static void candidates(void **state)
{
	(void)state;
	struct amend_item old[] = {
		item("hearing", "attend a status conference", "a status conference is set for March 3, 2025.", "2025-03-03"),
		item("hearing", "attend a status conference", "a status conference is set for March 10, 2025.", "2025-03-10"),
		item("deadline", "file the joint report", "The joint report is due March 1, 2025.", "2025-03-01"),
	};
	struct amend_candidate c[3];
	struct amend_item tied = item("hearing", "attend the status conference",
				      "the status conference is continued to April 7, 2025.", "2025-04-07");
	assert_int_equal(amend_candidates(old, 3, &tied, NULL, c), 2);
	assert_true(c[0].score == c[1].score);
	assert_true(c[0].old_i != c[1].old_i && c[0].old_i < 2 && c[1].old_i < 2);
	struct amend_item named = item("hearing", "attend the status conference",
				       "the status conference set for March 10, 2025 is continued to April 7, 2025.",
				       "2025-04-07");
	assert_int_equal(amend_candidates(old, 3, &named, NULL, c), 2);
	assert_int_equal(c[0].old_i, 1);
	assert_int_equal(c[0].why, AMEND_OLD_DATE);
	assert_true(c[0].score > c[1].score);
	struct amend_item fresh = item("deadline", "serve initial disclosures",
				       "The parties shall serve initial disclosures by May 1, 2025.", "2025-05-01");
	assert_int_equal(amend_candidates(old, 3, &fresh, NULL, c), 0);
	assert_true(amend_moves(tied.quote, NULL));
	assert_false(amend_moves(fresh.quote, NULL));
	assert_true(amend_moves(fresh.quote, "Order Granting Motion to Extend Time; Amended Scheduling Order"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(evidence),
		cmocka_unit_test(corpus_pairs),
		cmocka_unit_test(candidates),
	};
	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
