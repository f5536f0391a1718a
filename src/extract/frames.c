/*
 * frames.c: directive frames (read by frames-table.c) matched against a
 * sentence's tokens by a small backtracking matcher (see frames.h). Every
 * match is bounded: slots and gaps have maximum lengths and each attempt has a
 * step budget, so a sentence costs time linear in its length.
 */
#include "frames-table.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "timex.h"
#include "util.h"

/* The small words the matcher asks about, each list a role; a token's roles
 * are looked up once per sentence (by its hash), not list by list per question. */
enum {
	R_DANGLING = 1 << 0,    /* a noun phrase cannot end with it (dangling) */
	R_PREPOSITION = 1 << 1, /* nor begin with it (preposition) */
	R_THAT_PREP = 1 << 2,   /* "that" after it is a determiner (that_determiner) */
	R_TIME_END = 1 << 3,    /* a leading time phrase ends with it (clause_start) */
	R_NUMBER = 1 << 4,      /* it names a case number (clause_start) */
	R_JOINS = 1 << 5,       /* a clause may begin after it (clause_start) */
	R_THAT = 1 << 6,
	R_FOR_OF = 1 << 7,
	R_AND_OR = 1 << 8,
	R_IT = 1 << 9,
	R_DUE = 1 << 10,
	R_DUE_NOUN = 1 << 11,   /* "date", "return": nouns "due" may describe */
};

static const char *const dangling_words[] = {"and", "or", "with", "of", "to", "by", "for", "in", "on", "at",
					     "from", "the", "a", "an", "as", NULL};
static const char *const preposition_words[] = {
    "within", "by", "on", "from", "in", "at", "to", "of", "for", "after", "before", "upon", "until",
    "no", "not", "if", "once", "when", "whenever", "although", "because", "since", "while", "whereas",
    "though", "including", "excluding", "except", NULL};
static const char *const that_prep_words[] = {"of", "at", "for", "on", "from", "with", "to", "by", "after",
					      "before", "until", "upon", "within", NULL};
static const char *const time_end_words[] = {"order", "hereof", "service", "entry", "judgment", "today", NULL};
static const char *const number_words[] = {"no", "case", "docket", NULL};
static const char *const joins_words[] = {"that", "and", "or", "but", "then", "further", "also",
					  "accordingly", "therefore", "thus", "hereby", "finally",
					  "additionally", "moreover", "so", NULL};
static const char *const that_words[] = {"that", NULL};
static const char *const for_of_words[] = {"for", "of", NULL};
static const char *const and_or_words[] = {"and", "or", NULL};
static const char *const it_words[] = {"it", NULL};
static const char *const due_words[] = {"due", NULL};
static const char *const due_noun_words[] = {"date", "dates", "return", "returns", NULL};

static const struct {
	const char *const *words;
	unsigned role;
} role_lists[] = {{dangling_words, R_DANGLING}, {preposition_words, R_PREPOSITION},
		  {that_prep_words, R_THAT_PREP},   {time_end_words, R_TIME_END},
		  {number_words, R_NUMBER},         {joins_words, R_JOINS},
		  {that_words, R_THAT},             {for_of_words, R_FOR_OF},
		  {and_or_words, R_AND_OR},         {it_words, R_IT},
		  {due_words, R_DUE},               {due_noun_words, R_DUE_NOUN}};

#define ROLE_SLOTS 256 /* (a power of two, well above the words listed) */
static struct role_word {
	uint32_t hash;
	uint8_t len;
	char word[15];
	unsigned roles;
} role_table[ROLE_SLOTS];

void frame_roles_build(void)
{
	memset(role_table, 0, sizeof role_table);
	for (size_t l = 0; l < sizeof role_lists / sizeof role_lists[0]; l++)
		for (const char *const *w = role_lists[l].words; *w; w++) {
			size_t n = strlen(*w);
			uint32_t h = text_word_hash(*w, n);
			size_t slot = h & (ROLE_SLOTS - 1);
			while (role_table[slot].len && !(role_table[slot].len == n && !memcmp(role_table[slot].word, *w, n)))
				slot = (slot + 1) & (ROLE_SLOTS - 1);
			role_table[slot].hash = h;
			role_table[slot].len = (uint8_t)n;
			memcpy(role_table[slot].word, *w, n);
			role_table[slot].roles |= role_lists[l].role;
		}
}

static unsigned token_roles(const struct text *t, const struct token *k)
{
	if (k->type != TK_WORD || k->b - k->a >= sizeof role_table[0].word)
		return 0;
	size_t n = k->b - k->a;
	for (size_t slot = k->hash & (ROLE_SLOTS - 1); role_table[slot].len; slot = (slot + 1) & (ROLE_SLOTS - 1))
		if (role_table[slot].hash == k->hash && role_table[slot].len == n &&
		    !memcmp(role_table[slot].word, t->low + k->a, n))
			return role_table[slot].roles;
	return 0;
}

/* A token as could_match's bits see it: its classes (with an unlisted "-ly"
 * word as an adverb, as alt_matches takes it: unlisted_adverb), its word-hash bit, its type bit. */
struct need_view {
	uint64_t classes;
	unsigned word;  /* word_bit of its hash (a word or a mark), or WORD_NONE */
	unsigned type;
};

/* ---- matching ---- */

struct attempt {
	const struct text *t;
	const struct tokens *tk;
	const struct frame *f;
	size_t slot_a[SLOT_COUNT], slot_b[SLOT_COUNT];
	uint16_t lex[8];
	int nlex;
	long steps;
	size_t min_first;  /* the first slot's least length (to find further anchors) */
	const uint8_t *flags; /* per token: TF_* (computed once per sentence) */
	const unsigned *roles; /* per token: R_* (likewise) */
	uint32_t *may;        /* may_start's answers for this frame: [element][token] */
	uint32_t may_gen;     /*  = may_gen * 2 + answer when known (else stale) */
	uint64_t np_bad[2];   /* classes no noun phrase holds: [0] a party's, [1] a thing's */
	int cls_be, cls_modal[4], cls_due, cls_have, cls_order, cls_event, cls_neg, cls_adv, cls_set, cls_past, cls_ruling,
	    cls_party, cls_act, cls_cond, cls_filing, cls_court;
};

/* What a token is, judged once per sentence (attempt.flags). */
enum {
	TF_START = 1,
	TF_NP_WHO = 2,
	TF_NP_WHAT = 4,
	TF_DANGLING = 8,
	TF_EVENT = 16,
	TF_WORD = 32,
	TF_RELATIVE = 64,
	TF_RESTATES = 128 /* the "is" of ", that is,": a restatement, no verb */
};

/* Is k a word in "-ly" the lexicon does not list ("electronically",
 * "expeditiously")? The matcher takes it for an adverb. */
static int unlisted_adverb(const struct text *t, const struct token *k)
{
	return k->type == TK_WORD && !k->nhits && k->b - k->a > 4 && !memcmp(t->low + k->b - 2, "ly", 2);
}

static int alt_matches(const struct attempt *at, const struct alt *a, const struct token *k, int *entry)
{
	*entry = -1;
	switch (a->type) {
	case A_WORD:
		return k->type == TK_WORD && !k->poss && k->hash == a->hash && k->b - k->a == a->len &&
		       !memcmp(at->t->low + k->a, a->word, a->len);
	case A_PUNCT:
		return k->type == TK_PUNCT && at->t->low[k->a] == a->word[0];
	case A_TYPE:
		return k->type == a->ttype;
	case A_CLASS:
		/* an adverb the lexicon does not list ("electronically filed") sits
		 * where a command's adverb may */
		if (a->cls == at->cls_adv && unlisted_adverb(at->t, k))
			return 1;
		/* a possessive is a noun's modifier, never a verb or a subject of
		 * one ("the district court's stay") */
		if (k->poss || !token_has(k, a->cls, a->forms))
			return 0;
		if (at->flags && (at->flags[k - at->tk->v] & TF_RESTATES))
			return 0;
		for (int i = 0; i < k->nhits; i++)
			if (lexicon_entry_classes(k->hit[i].entry) & ((uint64_t)1 << a->cls))
				*entry = k->hit[i].entry;
		return 1;
	}
	return 0;
}

/* May token k be inside a noun-phrase slot? */
static int participle(const struct token *k);

/* Is k the "be" of a passive infinitive that describes the thing before it
 * ("All exhibits to be used at trial shall be exchanged"; "documents to be
 * considered must be received")? Part of that noun phrase. */
static int infinitive_modifier_be(const struct attempt *at, const struct token *k)
{
	size_t i = (size_t)(k - at->tk->v);
	if (i < 2 || i + 1 >= at->tk->n || !token_is(at->t, k, "be") || !token_is(at->t, &at->tk->v[i - 1], "to") ||
	    at->tk->v[i - 2].type != TK_WORD || (at->tk->v[i - 2].classes & at->np_bad[1]))
		return 0;
	const struct token *v = &at->tk->v[i + 1];
	size_t n = v->b - v->a;
	return v->type == TK_WORD && (participle(v) || (n > 4 && (!memcmp(at->t->low + v->b - 2, "ed", 2) ||
								 !memcmp(at->t->low + v->b - 2, "en", 2))));
}

/* Is k the "being" of a gerund after a preposition, which names a kind of the
 * thing before it ("disputes capable of being resolved by in limine motions
 * shall be filed"; "papers without being served")? Part of that noun phrase. */
static int gerund_being(const struct attempt *at, const struct token *k)
{
	static const char *const prepositions[] = {"of", "by", "without", "after", "before", "upon", "from", NULL};
	size_t i = (size_t)(k - at->tk->v);
	if (i < 2 || !token_is(at->t, k, "being") || at->tk->v[i - 2].type != TK_WORD)
		return 0;
	for (const char *const *p = prepositions; *p; p++)
		if (token_is(at->t, &at->tk->v[i - 1], *p))
			return 1;
	return 0;
}

static int np_token(const struct attempt *at, enum slot s, const struct token *k)
{
	if (k->type == TK_PUNCT)
		return strchr(",'\"()[]#-/&.", at->t->low[k->a]) != NULL && at->t->low[k->a] != ';';
	if (k->type == TK_PERIOD) {
		/* (but a length said in brackets inside the thing set: "Jury Trial
		 * (5 days) set for ...") */
		size_t i = (size_t)(k - at->tk->v);
		for (size_t j = i; s == SLOT_WHAT && j > 0 && i - j < 4; j--) {
			const struct token *p = &at->tk->v[j - 1];
			if (p->type == TK_PUNCT && at->t->low[p->a] == ')')
				return 0;
			if (p->type == TK_PUNCT && at->t->low[p->a] == '(')
				return 1;
		}
		return 0;
	}
	if ((k->type == TK_DATE || k->type == TK_TIME) && s == SLOT_WHO)
		return 0;
	if (k->type != TK_WORD)
		return 1;
	if (k->classes & at->np_bad[s == SLOT_WHAT]) {
		/* "the status hearing set for June 5": a participle may describe the noun */
		return s == SLOT_WHAT && (infinitive_modifier_be(at, k) || gerund_being(at, k));
	}
	if (s == SLOT_WHO && at->cls_order >= 0 && (k->classes & ((uint64_t)1 << at->cls_order)) &&
	    !token_has(k, at->cls_order, LF_BASE))
		return 0;
	/* (a court and its verb in the present are a clause, not a noun phrase:
	 * "the court SCHEDULES trial to begin Monday", whose "schedules" is also
	 * a plural noun) */
	size_t i = (size_t)(k - at->tk->v);
	if (i > 0 && token_has(k, at->cls_set, LF_PRES) && token_has(&at->tk->v[i - 1], at->cls_court, 0))
		return 0;
	return !(at->roles[i] & R_THAT);
}

static long match_from(struct attempt *at, int e, size_t i);

/* A word a noun phrase cannot end with: a conjunction, a preposition, a bracket. */
static int dangling(const struct attempt *at, const struct token *k)
{
	if (k->type == TK_PUNCT)
		return at->t->low[k->a] == '('; /* (a comma may: "the record, if any, shall") */
	return (at->roles[k - at->tk->v] & R_DANGLING) != 0;
}

/* Could the pattern from element e begin at token i? A cheap look at its
 * first elements (optional ones both ways), to skip hopeless slot lengths. */
static inline int may_start_scan(const struct attempt *at, int e, size_t i)
{
	for (; e < at->f->nel; e++) {
		const struct element *el = &at->f->el[e];
		if (el->type != E_ALTS)
			return 1;
		int any = 0;
		for (int k = 0; i < at->tk->n && k < el->nalt && !any; k++) {
			int entry;
			any = alt_matches(at, &el->alt[k], &at->tk->v[i], &entry);
		}
		if (any)
			return 1;
		if (!el->optional)
			return 0;
	}
	return 1;
}

/* may_start_scan, remembered per (element, token) for the frame being tried:
 * every clause start asks it again of the same tokens. */
static inline int may_start(const struct attempt *at, int e, size_t i)
{
	uint32_t *cell = &at->may[(size_t)e * (at->tk->n + 1) + i];
	if (*cell >> 1 != at->may_gen)
		*cell = at->may_gen << 1 | (uint32_t)may_start_scan(at, e, i);
	return *cell & 1;
}

/* Is the word a past participle or past tense of its lexicon entries (and no
 * base or present form: "proposed", not "request")? */
static int participle(const struct token *k)
{
	unsigned forms = 0;
	for (int h = 0; h < k->nhits; h++)
		forms |= k->hit[h].forms;
	return (forms & (LF_PAST | LF_PP)) && !(forms & (LF_BASE | LF_PRES));
}

/* Does a phrase that limits the noun before it open at token i ("limited to
 * 18 pages", "not to exceed 25 pages", "including exhibits")? It describes
 * that noun; no clause of its own begins there. */
static int limits_noun(const struct attempt *at, size_t i)
{
	static const char *const openers[] = {"limited", "including", "excluding", "exclusive", "inclusive", NULL};
	const struct tokens *tk = at->tk;
	return token_among(at->t, &tk->v[i], openers) ||
	       (i + 2 < tk->n && token_is(at->t, &tk->v[i], "not") && token_is(at->t, &tk->v[i + 1], "to") &&
		token_is(at->t, &tk->v[i + 2], "exceed"));
}

/* Where a relative clause set off by commas that opens at token i (", which
 * ... ," / ", who ... ,"), a concessive one (", whether or not ... ,"), or a
 * phrase that limits the noun before it (", limited to 18 pages or 6300
 * words whichever is less ,", ", not to exceed 25 pages ,", ", including
 * exhibits ,") ends: the token after its closing comma, or 0 when none opens
 * there (or it does not close within 30 tokens in the clause). */
static inline size_t relative_clause_end(const struct attempt *at, size_t i)
{
	static const char *const openers[] = {"which", "who", "whose", "whether", NULL};
	const struct tokens *tk = at->tk;
	if (i + 2 >= tk->n || tk->v[i].type != TK_PUNCT || at->t->low[tk->v[i].a] != ',')
		return 0;
	/* (or a preposition before "which": "..., in which the briefing
	 * schedule has not yet been completed, are hereby STAYED") */
	static const char *const prepositions[] = {"in", "under", "of", "for", "to", "by", "with", "from", "on",
						   "during", "at", NULL};
	static const char *const which[] = {"which", "whom", "whose", NULL};
	if (!token_among(at->t, &tk->v[i + 1], openers) && !limits_noun(at, i + 1) &&
	    !(token_among(at->t, &tk->v[i + 2], which) && token_among(at->t, &tk->v[i + 1], prepositions)))
		return 0;
	for (size_t k = i + 2; k < tk->n && k < i + 32; k++) {
		if (tk->v[k].type != TK_PUNCT)
			continue;
		char c = at->t->low[tk->v[k].a];
		if (c == ';' || c == ':' || c == '.')
			return 0;
		if (c == ',')
			return k + 1 < tk->n ? k + 1 : 0;
	}
	return 0;
}

/* Where a phrase of authority or of time set off by commas that opens at
 * token i ends ("ORDERED, | pursuant to Rule 4 of the Habeas Rules, | that
 * Respondent file ...", "Plaintiff shall, | in accordance with Local Rule
 * 16.1, | serve ...", "Plaintiff is ordered, | by no later than 3/14/2014 at
 * 1:30 p.m., | to either ..."): the token after its closing comma, or 0 when
 * none opens there (or it does not close within 40 tokens in the clause). */
static size_t authority_phrase_end(const struct attempt *at, size_t i)
{
	static const char *const openers[] = {"pursuant", "consistent", "under", "according", "per", "in",
					      "on",	  "within",	"by",	 "no",	      "not", NULL};
	const struct tokens *tk = at->tk;
	if (i + 3 >= tk->n || tk->v[i].type != TK_PUNCT || at->t->low[tk->v[i].a] != ',' ||
	    !token_among(at->t, &tk->v[i + 1], openers))
		return 0;
	/* ("in" only as "in accordance with", "in compliance with") */
	if (token_is(at->t, &tk->v[i + 1], "in") && !token_is(at->t, &tk->v[i + 2], "accordance") &&
	    !token_is(at->t, &tk->v[i + 2], "compliance"))
		return 0;
	/* ("no" and "not" only as "no later than", "not later than") */
	if ((token_is(at->t, &tk->v[i + 1], "no") || token_is(at->t, &tk->v[i + 1], "not")) &&
	    !token_is(at->t, &tk->v[i + 2], "later"))
		return 0;
	/* ("on" only as "on or before" or as the motion the court acts on: ",
	 * on the court's own motion, that amici curiae show cause ...") */
	int on = token_is(at->t, &tk->v[i + 1], "on") && !token_is(at->t, &tk->v[i + 2], "or"), motion = 0;
	for (size_t k = i + 2; k < tk->n && k < i + 42; k++) {
		motion |= token_is(at->t, &tk->v[k], "motion");
		if (tk->v[k].type != TK_PUNCT)
			continue;
		char c = at->t->low[tk->v[k].a];
		if (c == ';' || c == ':')
			return 0;
		if (c == ',')
			return k + 1 < tk->n && (!on || motion) ? k + 1 : 0;
	}
	return 0;
}

/* Where a restrictive relative clause that opens at token i, a "who" right
 * after a party with no comma, ends ("All Counsel | who will try the case |
 * shall appear ...", "Any defendant | who has not answered | shall ..."): the
 * modal of the main clause after it, or 0 when none follows within sixteen
 * tokens before a stop. The clause's own modal, right after "who", is not it. */
static size_t restrictive_clause_end(const struct attempt *at, size_t i)
{
	const struct tokens *tk = at->tk;
	if (i == 0 || i + 2 >= tk->n || !token_is(at->t, &tk->v[i], "who") ||
	    !token_has(&tk->v[i - 1], at->cls_party, 0))
		return 0;
	for (size_t k = i + 2; k < tk->n && k < i + 17; k++) {
		const struct token *t = &tk->v[k];
		if (t->type == TK_PUNCT && strchr(",;:.", at->t->low[t->a]))
			return 0;
		if (token_has(t, at->cls_modal[0], 0) || token_has(t, at->cls_modal[1], 0))
			return k;
	}
	return 0;
}

/* Where a clause that describes the noun phrase before token i ends: a
 * relative clause set off by commas or a restrictive one (above). */
static size_t clause_after_np_end(const struct attempt *at, size_t i)
{
	size_t end = relative_clause_end(at, i);
	return end ? end : restrictive_clause_end(at, i);
}

/* Where a time phrase that opens at token i ends (", by December 9, 2016, |",
 * "within 30 days of this order, |", "on or before June 21, 2020 |"): the token
 * after its closing comma, or after its date or its event ("of this order")
 * when the party follows with no comma; 0 when no such phrase (a cue, then a date or a period within sixteen
 * tokens) opens there. */
static size_t fronted_time_end(const struct attempt *at, size_t i)
{
	static const char *const cues[] = {"by", "within", "on", "before", "no", "not", "prior", "at", NULL};
	const struct tokens *tk = at->tk;
	if (i < tk->n && tk->v[i].type == TK_PUNCT && at->t->low[tk->v[i].a] == ',')
		i++;
	if (i >= tk->n || !token_among(at->t, &tk->v[i], cues))
		return 0;
	int timed = 0;
	for (size_t k = i + 1; k < tk->n && k < i + 17; k++) {
		const struct token *t = &tk->v[k];
		if (t->type == TK_PUNCT && strchr(";:.", at->t->low[t->a]))
			return 0;
		if (t->type == TK_PUNCT && at->t->low[t->a] == ',' && timed &&
		    !(k + 1 < tk->n && tk->v[k + 1].type == TK_DATE)) /* (not "Monday, | June 22") */
			return k + 1;
		/* (or after the date or the period's event, "within 30 days of
		 * the date of this order | respondent answer the petition") */
		if (timed && (tk->v[k - 1].type == TK_DATE || (at->roles[k - 1] & R_TIME_END)) && t->type == TK_WORD &&
		    token_has(t, at->cls_party, 0))
			return k;
		timed |= t->type == TK_DATE || t->type == TK_PERIOD;
	}
	return 0;
}

static long match_slot(struct attempt *at, int e, size_t i)
{
	const struct element *el = &at->f->el[e];
	const struct tokens *tk = at->tk;
	if (el->slot == SLOT_ACTION) {
		/* (a time said "to and including June 19, 2020," before the act's
		 * own "to": "are granted to and including June 19, 2020, to show
		 * good cause"; the act begins after it) */
		if (i + 2 < tk->n && (at->roles[i] & R_AND_OR) && token_is(at->t, &tk->v[i + 1], "including") &&
		    tk->v[i + 2].type == TK_DATE) {
			size_t k = i + 3;
			if (k < tk->n && tk->v[k].type == TK_PUNCT && at->t->low[tk->v[k].a] == ',')
				k++;
			if (k + 1 < tk->n && token_is(at->t, &tk->v[k], "to"))
				i = k + 1;
		}
		if (i >= tk->n)
			return -1;
		at->slot_a[SLOT_ACTION] = i;
		at->slot_b[SLOT_ACTION] = tk->n;
		return (long)tk->n;
	}
	/* "ORDERED that, by December 9, 2016, the parties submit ...": a time
	 * phrase set off after "that" stands before the party it commands */
	if (el->slot == SLOT_WHO && i > 0 && token_is(at->t, &tk->v[i - 1], "that")) {
		size_t after = fronted_time_end(at, i);
		/* (the subjunctive's: a modal's clause, "that, by June 5, the
		 * parties shall ...", is its own frame's, the time read before it) */
		for (size_t k = after; after && k < tk->n; k++) {
			if (tk->v[k].type == TK_PUNCT && at->t->low[tk->v[k].a] == ';')
				break;
			if (token_has(&tk->v[k], at->cls_modal[0], 0) || token_has(&tk->v[k], at->cls_modal[1], 0))
				after = 0;
		}
		if (after)
			i = after;
	}
	/* (no noun phrase opens with the "there" of "there shall be a
	 * conference": the event after the verb is the subject) */
	if (i < tk->n && token_is(at->t, &tk->v[i], "there"))
		return -1;
	/* (nor a party's with the "as" of an office set off after a name: in
	 * "Mr. Sana, as Chuuk Acting Director of Treasury, is ordered" the
	 * party is the name before it) */
	if (el->slot == SLOT_WHO && i > 0 && i < tk->n && token_is(at->t, &tk->v[i], "as") &&
	    tk->v[i - 1].type == TK_PUNCT && at->t->low[tk->v[i - 1].a] == ',')
		return -1;
	/* (an event may open with a number: "341 Meeting continued on ..."; not
	 * a docket entry's number, "12 Motion Hearing reset for") */
	if (i >= tk->n || (tk->v[i].type != TK_WORD &&
			   !(el->slot != SLOT_WHO && tk->v[i].type == TK_NUM && i + 1 < tk->n &&
			     token_has(&tk->v[i + 1], at->cls_event, 0))))
		return -1;
	/* a party named in at most 16 tokens; a thing or event in at most 28
	 * words (its punctuation not counted: "pursuant to Fed. R. Civ. P. 16(b)"
	 * is four words of a long noun phrase) */
	size_t max = el->slot == SLOT_WHO ? 16 : 28, counted = 0;
	uint8_t np = el->slot == SLOT_WHO ? TF_NP_WHO : TF_NP_WHAT;
	int has_event = 0;
	for (size_t len = 1; i + len <= tk->n; len++) {
		uint8_t fl = at->flags[i + len - 1];
		if ((el->slot == SLOT_WHO || (fl & TF_WORD)) && ++counted > max)
			break;
		if (!(fl & np))
			break;
		has_event |= (fl & TF_EVENT) != 0;
		if (e == 0 && len < at->min_first)
			continue;
		if (el->slot == SLOT_EVENT && !has_event)
			continue;
		if (fl & TF_DANGLING)
			continue; /* a noun phrase does not end with "and", "of", "," */
		/* nor a subject with a possessive before a participle: "The
		 * defendants' proposed Motions to Dismiss shall ...": "proposed"
		 * describes what they own (but "Plaintiff's request that ..." is
		 * what the party asks) */
		if (el->slot == SLOT_WHO && tk->v[i + len - 1].poss && i + len < tk->n && participle(&tk->v[i + len]))
			continue;
		/* nor one with a possessive before a word that a comma or a stop
		 * ends: "Pursuant to Plaintiffs' request, the Court sets ...": the
		 * word is the noun the party owns, no verb of its */
		if (el->slot == SLOT_WHO && tk->v[i + len - 1].poss &&
		    (i + len + 1 >= tk->n || (tk->v[i + len + 1].type == TK_PUNCT &&
					      strchr(",;.)", at->t->low[tk->v[i + len + 1].a]))))
			continue;
		/* nor a party's before "for" or "of" and another party ("counsel |
		 * for appellant file ...", "counsel | for all parties appear ..."):
		 * the phrase names whom they act for */
		static const char *const determiners[] = {"all", "each", "the", "both", "any", "every", NULL};
		if (el->slot == SLOT_WHO && i + len + 1 < tk->n && (at->roles[i + len] & R_FOR_OF) &&
		    (at->flags[i + len] & np)) {
			size_t p = i + len + 1;
			if (p + 1 < tk->n && token_among(at->t, &tk->v[p], determiners))
				p++;
			if (token_has(&tk->v[p], at->cls_party, 0) && (at->flags[p] & np))
				continue;
		}
		/* (nor one that ends at the determiner of the party after it:
		 * "counsel for all | parties appear") */
		if (el->slot == SLOT_WHO && len > 1 && i + len < tk->n && token_among(at->t, &tk->v[i + len - 1], determiners) &&
		    token_has(&tk->v[i + len], at->cls_party, 0))
			continue;
		/* a noun phrase, then a relative clause set off by commas ("Jury
		 * trial of this matter, which previously was scheduled to begin on
		 * August 19, 2019, shall instead commence ..."): what follows the
		 * clause goes on from the noun phrase */
		size_t after = i + len < tk->n && (at->flags[i + len] & TF_RELATIVE) ? clause_after_np_end(at, i + len) : 0;
		if (after && may_start(at, e + 1, after)) {
			if (++at->steps > 4000)
				return -1;
			long r = match_from(at, e + 1, after);
			if (r >= 0) {
				at->slot_a[el->slot] = i;
				at->slot_b[el->slot] = i + len;
				return r;
			}
		}
		if (!may_start(at, e + 1, i + len))
			continue;
		if (++at->steps > 4000)
			return -1;
		long r = match_from(at, e + 1, i + len);
		if (r >= 0) {
			at->slot_a[el->slot] = i;
			at->slot_b[el->slot] = i + len;
			return r;
		}
	}
	return -1;
}

/* Do tokens [a, b) hold a time set off as another way of saying the
 * first, a date or a period after ", or" ("14 days from the entry of this
 * Order, or through and including February 17, 2016,")? */
static int gap_has_set_off_time(const struct attempt *at, size_t a, size_t b)
{
	int alternative = 0;
	for (size_t k = a; k < b; k++) {
		const struct token *t = &at->tk->v[k];
		if (t->type == TK_PUNCT && at->t->low[t->a] == ',' && k + 1 < b && (at->roles[k + 1] & R_AND_OR))
			alternative = 1;
		else if (alternative && (t->type == TK_DATE || t->type == TK_PERIOD))
			return 1;
	}
	return 0;
}

/* Does element el take the word w, or tokens of type t, among its alternatives? */
static int takes_word(const struct element *el, const char *w)
{
	for (int k = 0; k < el->nalt; k++)
		if (el->alt[k].type == A_WORD && !strcmp(el->alt[k].word, w))
			return 1;
	return 0;
}

static int takes_type(const struct element *el, enum token_type t)
{
	for (int k = 0; k < el->nalt; k++)
		if (el->alt[k].type == A_TYPE && el->alt[k].ttype == t)
			return 1;
	return 0;
}

/* Is token k a weekday's name ("Thursday")? */
static int names_weekday(const struct attempt *at, const struct token *k)
{
	return k->type == TK_WORD && timex_weekday(at->t->low, k->a) > 0;
}

static long match_from(struct attempt *at, int e, size_t i)
{
	if (e == at->f->nel)
		return (long)i;
	if (++at->steps > 4000)
		return -1;
	const struct element *el = &at->f->el[e];
	const struct tokens *tk = at->tk;
	switch (el->type) {
	case E_SLOT:
		return match_slot(at, e, i);
	case E_GAP:
		/* (up to ten tokens, or fourteen when the gap says its time a second
		 * way: "have 14 days from the entry of this Order, or through and
		 * including February 17, 2016, | to provide ...") */
		for (size_t len = 0, most = gap_has_set_off_time(at, i, i + 14 < tk->n ? i + 14 : tk->n) ? 14 : 10;
		     len <= most && i + len <= tk->n; len++) {
			if (len && tk->v[i + len - 1].type == TK_PUNCT && at->t->low[tk->v[i + len - 1].a] == ';')
				break;
			long r = match_from(at, e + 1, i + len);
			if (r >= 0)
				return r;
		}
		return -1;
	case E_NOT:
		if (i < tk->n)
			for (int k = 0; k < el->nalt; k++) {
				int entry;
				if (alt_matches(at, &el->alt[k], &tk->v[i], &entry))
					return -1;
			}
		return match_from(at, e + 1, i);
	case E_ALTS: {
		/* an optional element takes the token when it can (no backtracking
		 * into leaving it out), so "!x" after "y?" sees what follows y */
		int any = 0;
		if (i < tk->n)
			for (int k = 0; k < el->nalt; k++) {
				int entry;
				if (!alt_matches(at, &el->alt[k], &tk->v[i], &entry))
					continue;
				any = 1;
				int saved = at->nlex;
				if (entry >= 0 && at->nlex < 8)
					at->lex[at->nlex++] = (uint16_t)entry;
				long r = match_from(at, e + 1, i + 1);
				if (r >= 0)
					return r;
				at->nlex = saved;
			}
		/* (a weekday may stand before a date: "HEARING ON | THURSDAY, |
		 * JANUARY 24, 2013") */
		if (!any && i + 2 < tk->n && tk->v[i + 2].type == TK_DATE && tk->v[i + 1].type == TK_PUNCT &&
		    at->t->low[tk->v[i + 1].a] == ',' && names_weekday(at, &tk->v[i]) && takes_type(el, TK_DATE))
			return match_from(at, e, i + 2);
		/* (a time set off by commas may stand before an infinitive's "to":
		 * "Plaintiff is ORDERED by August 1, 2011, | to complete ...") */
		/* (the element asked first: the time phrase is read only for an
		 * infinitive's "to", not at every element that fails) */
		if (!any && i < tk->n && tk->v[i].type == TK_WORD && takes_word(el, "to")) {
			size_t after = fronted_time_end(at, i);
			if (after && after < tk->n && after > i + 1 && token_is(at->t, &tk->v[after], "to"))
				return match_from(at, e, after);
		}
		/* (a phrase of authority set off by commas may stand before the
		 * element: "ORDERED, pursuant to Rule 4, | that ...") */
		size_t past = any ? 0 : authority_phrase_end(at, i);
		if (past && !el->optional) {
			long r = match_from(at, e, past);
			if (r >= 0)
				return r;
		}
		if (el->optional && !any)
			return match_from(at, e + 1, i);
		return -1;
	}
	}
	return -1;
}

/* A word a noun phrase cannot begin with: a preposition or a subordinator. */
static int preposition(const struct attempt *at, const struct token *k)
{
	return (at->roles[k - at->tk->v] & R_PREPOSITION) != 0;
}

/* May a noun phrase begin with token k? Not with a preposition, nor with a
 * participle or an adverb ("currently set for February 26" describes the noun
 * before it). */
static int np_begins(const struct attempt *at, size_t i)
{
	const struct token *k = &at->tk->v[i];
	/* (but "Continued Trial date set for", "Rescheduled Hearing set for") */
	if (i + 1 < at->tk->n && at->cls_event >= 0 && token_has(&at->tk->v[i + 1], at->cls_event, 0))
		return 1;
	if (preposition(at, k))
		return 0;
	/* (an adjective in "-ly" before the paper it describes: "Timely
	 * objections shall be filed", "Monthly reports are due"; an adverb
	 * does not stand before a noun) */
	if (unlisted_adverb(at->t, k) && i + 1 < at->tk->n && at->cls_filing >= 0 &&
	    token_has(&at->tk->v[i + 1], at->cls_filing, 0) && !token_has(&at->tk->v[i + 1], at->cls_act, 0))
		return 1;
	/* (but a name in "-ly" right before its verb is the subject: "Italy
	 * shall submit", "Kelly must file", "Connolly is ordered") */
	if (unlisted_adverb(at->t, k) &&
	    !(k->initcap && !k->caps && i + 1 < at->tk->n &&
	      (token_has(&at->tk->v[i + 1], at->cls_modal[0], 0) || token_has(&at->tk->v[i + 1], at->cls_modal[1], 0) ||
	       token_has(&at->tk->v[i + 1], at->cls_be, 0))))
		return 0;
	return !token_has(k, at->cls_set, LF_PP) && !token_has(k, at->cls_past, 0);
}

/* Is token i "that" as a determiner after a preposition ("a transcript of
 * that hearing", "by that date"), inside a noun phrase, not opening a clause?
 * (Not after "in": "granted in that the time ... is extended".) */
static int that_determiner(const struct attempt *at, size_t i)
{
	if (!(i > 0 && (at->roles[i] & R_THAT) && (at->roles[i - 1] & R_THAT_PREP)))
		return 0;
	/* (but "After that defendant shall respond": "that" is the pronoun, and
	 * a party or a verb follows it) */
	if (i + 1 < at->tk->n && token_has(&at->tk->v[i + 1], at->cls_party, 0))
		return 0;
	return !(i + 1 < at->tk->n && (token_has(&at->tk->v[i + 1], at->cls_modal[0], 0) ||
				       token_has(&at->tk->v[i + 1], at->cls_modal[1], 0) ||
				       token_has(&at->tk->v[i + 1], at->cls_be, 0)));
}

/* Does a leading time phrase that names its event end before token i,
 * unmarked by a comma ("within 7 days of the District Court's ruling the
 * parties shall ...")? The phrase: a period, then "of", "from", "after" or
 * "following" and words only (no verb, modal or stop), opening its clause. */
static int time_phrase_ends(const struct attempt *at, size_t i)
{
	static const char *const links[] = {"of", "from", "after", "following", NULL};
	const struct tokens *tk = at->tk;
	if (!token_is(at->t, &tk->v[i], "the") && !token_has(&tk->v[i], at->cls_party, 0))
		return 0;
	for (size_t k = i - 1; k > 0 && i - k < 10; k--) {
		const struct token *w = &tk->v[k];
		if (w->type == TK_PERIOD) {
			if (k + 1 >= i - 1 || !token_among(at->t, &tk->v[k + 1], links))
				return 0;
			size_t s = k - 1; /* (the preposition before the period opens the clause) */
			return s == 0 || (tk->v[s - 1].type == TK_PUNCT && strchr(",:;", at->t->low[tk->v[s - 1].a]));
		}
		if (w->type != TK_WORD || token_has(w, at->cls_modal[0], 0) || token_has(w, at->cls_modal[1], 0) ||
		    token_has(w, at->cls_be, 0) || token_has(w, at->cls_order, 0))
			return 0;
	}
	return 0;
}

/* Does what stands before token i (i > 0) let a clause begin there? */
static int clause_context(const struct attempt *at, size_t i)
{
	const struct token *p = &at->tk->v[i - 1];
	/* after a leading time phrase: "within fourteen days from the date of this
	 * order plaintiff shall ..." */
	if (at->roles[i - 1] & R_TIME_END)
		for (size_t k = i > 9 ? i - 9 : 0; k < i; k++)
			if (at->tk->v[k].type == TK_PERIOD || at->tk->v[k].type == TK_DATE)
				return 1;
	if (time_phrase_ends(at, i))
		return 1;
	/* (not inside a citation's subdivisions, "521(a)(1)(B)(iv)": a bracket
	 * set against the word before it) */
	if (p->type == TK_PUNCT && at->t->low[p->a] == '(' && i >= 2 && at->tk->v[i - 2].b == p->a &&
	    !(at->tk->v[i - 2].type == TK_PUNCT && at->t->low[at->tk->v[i - 2].a] == ':'))
		return 0; /* (but a colon run into the bracket, "Summary Judgment :( Response due by", opens it) */
	/* (and after a docket entry's number in brackets: "Re: [72-1] Motion For
	 * Protective Order ... scheduled For 10:30 4/25/97") */
	if (p->type == TK_PUNCT)
		return strchr(",:;().\"]", at->t->low[p->a]) != NULL;
	/* "resolve the disputes at a hearing scheduled for April 24": an event
	 * named with the participle that sets it, wherever it stands */
	if (preposition(at, p) && at->cls_event >= 0) {
		for (size_t j = i; j + 1 < at->tk->n && j < i + 6 && at->tk->v[j].type == TK_WORD; j++)
			if (token_has(&at->tk->v[j], at->cls_event, 0) && token_has(&at->tk->v[j + 1], at->cls_set, LF_PP))
				return 1;
	}
	if (p->type == TK_DATE || p->type == TK_TIME || p->type == TK_PERIOD)
		return 1;
	/* after a case number heading the text: "NO. 3:12-0913 This case is set" */
	if (p->type == TK_NUM && at->tk->v[i].initcap) {
		for (size_t k = i > 6 ? i - 6 : 0; k < i; k++)
			if (at->roles[k] & R_NUMBER)
				return 1;
	}
	if ((at->roles[i - 1] & R_JOINS) && !(i >= 2 && that_determiner(at, i - 1)))
		return 1;
	/* after a condition whose passive verb ends it without a comma: "If no
	 * motions are filed plaintiff's pretrial statement shall be filed ..." */
	if (i >= 3 && at->cls_act >= 0 && at->cls_cond >= 0 && (p->classes & ((uint64_t)1 << at->cls_act)) &&
	    token_has(p, at->cls_act, LF_PP) && token_has(&at->tk->v[i - 2], at->cls_be, 0))
		for (size_t k = i - 2; k-- > 0 && k + 8 > i;) {
			if (at->tk->v[k].type == TK_PUNCT)
				break;
			if (token_has(&at->tk->v[k], at->cls_cond, 0))
				return 1;
		}
	if (at->cls_order >= 0 && token_has(p, at->cls_order, LF_PP | LF_PRES))
		return 1;
	/* a ruling run into the next sentence, its full stop lost (a scan): "The
	 * motion is denied Banks' opening brief ... is due within 30 days" */
	if (at->cls_ruling >= 0 && token_has(p, at->cls_ruling, LF_PP) && at->tk->v[i].initcap && !at->tk->v[i].caps)
		return 1;
	/* "ORDERED Defendants shall": a decretal verb in capitals (not any
	 * acronym: "Sentence With PSR set for ...") */
	return p->caps && !at->tk->v[i].caps && at->cls_order >= 0 && (p->classes & ((uint64_t)1 << at->cls_order));
}

/* Can a clause (and so a frame that begins with a noun phrase) begin at i?
 * (The context first: it is cheaper than the noun phrase's tests, and rules
 * out most tokens.) */
static int clause_start(const struct attempt *at, size_t i)
{
	if (i == 0)
		return np_begins(at, i);
	return clause_context(at, i) && np_begins(at, i) && !limits_noun(at, i);
}

/* Is token i the "is" of ", that is," ("within twenty-one days of the date
 * of this order, that is, on or before Thursday, February 24, 2022"): what
 * follows restates what comes before it, and no frame reads "is" as its verb
 * ("the date of this order, that is, on or before ..." is no deadline-is)? */
static int restatement_is(const struct attempt *at, size_t i)
{
	const struct tokens *tk = at->tk;
	return i >= 2 && i + 1 < tk->n && token_is(at->t, &tk->v[i], "is") && token_is(at->t, &tk->v[i - 1], "that") &&
	       tk->v[i - 2].type == TK_PUNCT && at->t->low[tk->v[i - 2].a] == ',' && tk->v[i + 1].type == TK_PUNCT &&
	       at->t->low[tk->v[i + 1].a] == ',';
}

/* Can every element the frame needs match some token of the sentence
 * (classes, word hashes in a Bloom filter, token types)? */
static int could_match(const struct frame_filter *ff, uint64_t have, const uint64_t *words, unsigned types)
{
	const struct need_bits *needs = need_pool + ff->first;
	for (uint32_t e = 0; e < ff->n; e++)
		if (!(have & needs[e].classes) && !words_meet(words, needs[e].words) && !(types & needs[e].types))
			return 0;
	return 1;
}

/* The last token at which the frame's first required element can match with
 * every later required element matching some token after it, in order
 * (each consumes one token, whatever slots and gaps lie between); -1 when
 * there is none, and the frame cannot match at all. No match starts after it. */
static long last_first_need(const struct frame_filter *ff, const struct need_view *v, size_t n)
{
	const struct need_bits *needs = need_pool + ff->first;
	int e = (int)ff->n - 1;
	for (size_t i = n; i-- > 0;) {
		const struct need_bits *nb = &needs[e];
		if ((v[i].classes & nb->classes) || word_in(nb->words, v[i].word) || (v[i].type & nb->types)) {
			if (e == 0)
				return (long)i;
			e--;
		}
	}
	return -1;
}

/* How surely tokens [a, b) name a party: 2 a role, 1 a pronoun or a
 * capitalised word, 0 nothing (an absent slot scores 0). */
static int who_score(const struct attempt *at, size_t a, size_t b)
{
	int best = 0, cls_party = lexicon_class("party"), cls_pronoun = lexicon_class("pronoun");
	for (size_t i = a; i < b; i++) {
		const struct token *k = &at->tk->v[i];
		if (token_has(k, cls_party, 0))
			return 2;
		if (token_has(k, cls_pronoun, 0) || (k->type == TK_WORD && k->initcap && !k->nhits))
			best = 1;
	}
	return best;
}

/* 2 when tokens [a, b) name an event a court holds ("Hearing on Approval of
 * Disclosure Statement and Confirmation of Plan Set for ..."), else 0. */
static int event_score(const struct attempt *at, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (at->flags[i] & TF_EVENT)
			return 2;
	return 0;
}

/* Is there, among the matches so far, a setting that opens at token a and
 * sets its event before token b ("The status conference | scheduled | for
 * June 3, ... Boise, Idaho, | is continued")? What lies between is that
 * event's description. */
static int setting_between(const struct frame_matches *out, size_t a, size_t b)
{
	for (size_t j = 0; j < out->n; j++)
		if (out->v[j].start == a && out->v[j].anchor > a && out->v[j].anchor < b &&
		    frame_kind(out->v[j].frame) == FK_SETTING)
			return 1;
	return 0;
}

/* Does a finite verb, "be" or a modal, stand at token i ("Idaho, | is hereby
 * continued")? */
static int finite_after(const struct attempt *at, size_t i)
{
	if (i >= at->tk->n)
		return 0;
	const struct token *k = &at->tk->v[i];
	return token_has(k, at->cls_be, 0) || token_has(k, at->cls_modal[0], 0) || token_has(k, at->cls_modal[1], 0);
}

/* Do tokens [a, b) end inside brackets they did not open ("Dkt. 13)"; not
 * "Skomal.)( Arraignment", which a new bracket follows)? */
static int closes_unopened(const struct attempt *at, size_t a, size_t b)
{
	int depth = 0;
	for (size_t i = a; i < b; i++) {
		if (at->tk->v[i].type != TK_PUNCT)
			continue;
		char c = at->t->low[at->tk->v[i].a];
		depth += (c == '(' || c == '[') - (c == ')' || c == ']');
	}
	return depth < 0;
}

static size_t anchor_of(const struct frame *f, const struct attempt *at, size_t start)
{
	/* the first token not inside a slot */
	size_t a = start;
	if (f->slot_first)
		for (int s = 0; s < SLOT_COUNT; s++)
			if (at->slot_a[s] == start && at->slot_b[s] > a)
				a = at->slot_b[s];
	/* (past a relative clause after the slot: the frame goes on after it) */
	size_t after = a > start ? clause_after_np_end(at, a) : 0;
	return after ? after : a;
}

void frames_match(const struct text *t, const struct tokens *tk, struct frame_matches *out)
{
	out->n = 0;
	uint64_t have = 0;
	uint64_t words[4] = {0}; /* a Bloom filter of the sentence's words (word_set) */
	unsigned types = 0;
	for (size_t i = 0; i < tk->n; i++) {
		have |= tk->v[i].classes;
		types |= 1u << tk->v[i].type;
		if (tk->v[i].type == TK_WORD)
			word_set(words, tk->v[i].hash);
		else if (tk->v[i].type == TK_PUNCT)
			word_set(words, text_word_hash(t->low + tk->v[i].a, 1));
	}
	struct attempt at = {.t = t, .tk = tk};
	at.cls_be = lexicon_class("be");
	at.cls_modal[0] = lexicon_class("modal-duty");
	at.cls_modal[1] = lexicon_class("modal-will");
	at.cls_modal[2] = lexicon_class("modal-may");
	at.cls_modal[3] = lexicon_class("modal-should");
	at.cls_due = lexicon_class("due");
	at.cls_have = lexicon_class("have");
	at.cls_order = lexicon_class("order");
	at.cls_event = lexicon_class("event");
	at.cls_neg = lexicon_class("neg");
	at.cls_adv = lexicon_class("adv-order");
	at.cls_set = lexicon_class("set");
	at.cls_past = lexicon_class("adv-past");
	at.cls_ruling = lexicon_class("ruling");
	at.cls_act = lexicon_class("act");
	at.cls_cond = lexicon_class("cond");
	at.cls_party = lexicon_class("party");
	at.cls_filing = lexicon_class("filing");
	at.cls_court = lexicon_class("court");
	int bad[] = {at.cls_be, at.cls_modal[0], at.cls_modal[1], at.cls_modal[2], at.cls_modal[3], at.cls_due, at.cls_have};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (bad[i] >= 0)
			at.np_bad[0] = at.np_bad[1] |= (uint64_t)1 << bad[i];
	if (at.cls_neg >= 0)
		at.np_bad[0] |= (uint64_t)1 << at.cls_neg; /* (a party's phrase is never negated; a thing's may be) */
	size_t may_need = (size_t)MAX_ELEMENTS * (tk->n + 1);
	if (may_need > out->may_cap) {
		free(out->may);
		out->may = xcalloc(may_need, sizeof *out->may);
		out->may_cap = may_need;
		out->may_gen = 0;
	}
	at.may = out->may;
	if (tk->n > out->flags_cap) {
		out->flags_cap = tk->n;
		out->flags = xrealloc(out->flags, out->flags_cap);
		out->classes = xrealloc(out->classes, out->flags_cap * sizeof *out->classes);
		out->hashes = xrealloc(out->hashes, out->flags_cap * sizeof *out->hashes);
		out->starts = xrealloc(out->starts, out->flags_cap * sizeof *out->starts);
		out->needs = xrealloc(out->needs, out->flags_cap * sizeof *out->needs);
		out->roles = xrealloc(out->roles, out->flags_cap * sizeof *out->roles);
	}
	for (size_t i = 0; i < tk->n; i++) {
		const struct token *k = &tk->v[i];
		out->classes[i] = k->classes;
		out->hashes[i] = k->hash;
		struct need_view *nv = &out->needs[i];
		nv->classes = k->classes;
		if (at.cls_adv >= 0 && unlisted_adverb(t, k))
			nv->classes |= (uint64_t)1 << at.cls_adv;
		nv->word = k->type == TK_WORD ? word_bit(k->hash)
			   : k->type == TK_PUNCT ? word_bit(text_word_hash(t->low + k->a, 1)) : WORD_NONE;
		nv->type = 1u << k->type;
		out->roles[i] = token_roles(t, k);
	}
	at.roles = out->roles;
	int event_before = 0;
	for (size_t i = 0; i < tk->n; i++) {
		const struct token *k = &tk->v[i];
		int event = at.cls_event >= 0 && token_has(k, at.cls_event, 0);
		/* "If a hearing is requested, it will be held on ...": "it", opening
		 * a clause after an event, is that event */
		if (!event && event_before && i > 0 && (out->roles[i] & R_IT) && tk->v[i - 1].type == TK_PUNCT &&
		    (at.t->low[tk->v[i - 1].a] == ',' || at.t->low[tk->v[i - 1].a] == ';'))
			event = 1;
		event_before |= event;
		/* "the due date for petitioner to respond ... is extended to", "Due
		 * return should be filed with this court no later than 28 days":
		 * "due" describing a noun is part of a noun phrase */
		int due_noun = (out->roles[i] & R_DUE) && i + 1 < tk->n && (out->roles[i + 1] & R_DUE_NOUN);
		int that_det = that_determiner(&at, i);
		size_t restrictive = restrictive_clause_end(&at, i);
		out->flags[i] = (uint8_t)((clause_start(&at, i) ? TF_START : 0) |
					  (due_noun || np_token(&at, SLOT_WHO, k) ? TF_NP_WHO : 0) |
					  (due_noun || that_det || np_token(&at, SLOT_WHAT, k) ? TF_NP_WHAT : 0) |
					  (dangling(&at, k) || restrictive ? TF_DANGLING : 0) |
					  (event ? TF_EVENT : 0) |
					  (k->type == TK_WORD ? TF_WORD : 0) |
					  (restrictive || relative_clause_end(&at, i) ? TF_RELATIVE : 0) |
					  (restatement_is(&at, i) ? TF_RESTATES : 0));
	}
	at.flags = out->flags;
	out->nstarts = 0;
	for (size_t i = 0; i < tk->n; i++)
		if (out->flags[i] & TF_START)
			out->starts[out->nstarts++] = i;
	for (size_t fi = 0; fi < nframes; fi++) {
		const struct frame_filter *ff = &filters[fi];
		if ((ff->need & have) != ff->need || !could_match(ff, have, words, types))
			continue;
		long last_start = last_first_need(ff, out->needs, tk->n);
		const struct frame *f = &frames[fi];
		if (last_start < 0)
			continue;
		if (++out->may_gen >= UINT32_MAX >> 1) { /* (stamps run out: forget them all) */
			memset(out->may, 0, out->may_cap * sizeof *out->may);
			out->may_gen = 1;
		}
		at.may_gen = out->may_gen;
		/* (a frame that opens with a noun phrase is tried only at clause starts) */
		size_t nstarts = f->slot_first ? out->nstarts : tk->n;
		for (size_t si = 0; si < nstarts; si++) {
			size_t s = f->slot_first ? out->starts[si] : si;
			if ((s > 0 && (f->flags & FF_OPENING)) || (long)s > last_start)
				break;
			if ((f->flags & FF_CAPITAL) && !tk->v[s].initcap)
				continue;
			if (f->first_fast && !(out->classes[s] & f->first_classes)) {
				if (!word_in(f->first_words, word_bit(out->hashes[s])))
					continue;
				int w = 0;
				for (int k = 0; k < f->nfirst_words && !w; k++)
					w = out->hashes[s] == f->first_hash[k] && tk->v[s].type == TK_WORD;
				if (!w)
					continue;
			}
			at.f = f;
			at.min_first = 0;
		again:
			at.steps = 0;
			at.nlex = 0;
			memset(at.slot_a, 0, sizeof at.slot_a);
			memset(at.slot_b, 0, sizeof at.slot_b);
			long end = match_from(&at, 0, s);
			if (end < 0)
				continue;
			/* a longer noun phrase may reach a later anchor: "the hearing set
			 * for March 20 | is reset to April 20" */
			size_t first_len = f->slot_first ? at.slot_b[f->el[0].slot] - at.slot_a[f->el[0].slot] : 0;
			/* a noun phrase opened inside brackets ends inside them: not
			 * "Dkt. 13) is due" of "Defendants' Reply (Dkt. 13) is due" */
			if (f->slot_first && closes_unopened(&at, at.slot_a[f->el[0].slot], at.slot_b[f->el[0].slot]))
				goto longer;
			size_t anchor = anchor_of(f, &at, s);
			/* one match per (frame, anchor): the latest start; per anchor, the first frame */
			size_t k;
			for (k = 0; k < out->n; k++)
				if (out->v[k].anchor == anchor)
					break;
			if (k < out->n && out->v[k].frame != (int)fi)
				goto longer;
			/* of two clause starts, the later unless only the earlier's noun
			 * phrase names a party ("plaintiff Rice, as Next Friend of CIR, shall") */
			if (k < out->n) {
				/* (nor a party that ends inside the restrictive clause of the
				 * one before: "All counsel who office outside Maricopa County
				 * | must": not "Maricopa County", nor the whole) */
				size_t wb = out->v[k].slot_b[SLOT_WHO];
				if (out->v[k].slot_a[SLOT_WHO] < wb && wb < at.slot_b[SLOT_WHO] &&
				    restrictive_clause_end(&at, wb) == anchor)
					goto longer;
				/* "The clerk and the court reporter shall": the first named;
				 * "Hearing on Approval ... and Confirmation of Plan Set for": the
				 * coordinated phrase that names the event */
				int coordinated = s > 0 && (out->roles[s - 1] & R_AND_OR);
				int now = who_score(&at, at.slot_a[SLOT_WHO], at.slot_b[SLOT_WHO]) +
					  (coordinated ? event_score(&at, at.slot_a[SLOT_WHAT], at.slot_b[SLOT_WHAT]) : 0);
				int was = who_score(&at, out->v[k].slot_a[SLOT_WHO], out->v[k].slot_b[SLOT_WHO]) +
					  (coordinated ? event_score(&at, out->v[k].slot_a[SLOT_WHAT], out->v[k].slot_b[SLOT_WHAT]) : 0);
				/* ("Statement of Income and Expenses due by": the things due,
				 * joined, are one phrase; the earlier start keeps it whole) */
				size_t s0 = out->v[k].start;
				int thing = frame_kind_operative(frame_kind((int)fi)) && f->slot_first &&
					    f->el[0].slot == SLOT_WHAT && coordinated && s >= 2 &&
					    tk->v[s - 2].type == TK_WORD && (s0 == 0 || tk->v[s0 - 1].type == TK_PUNCT);
				/* (not clauses joined: "X is due June 1, and Y is due ...") */
				for (size_t j = out->v[k].slot_a[SLOT_WHAT]; thing && j < s; j++)
					thing = tk->v[j].type == TK_WORD || tk->v[j].type == TK_NUM ||
						(tk->v[j].type == TK_PUNCT && t->low[tk->v[j].a] != ',' && t->low[tk->v[j].a] != ';');
				if (now < was || (now == was && coordinated && (was > 0 || thing)))
					goto longer;
				/* (nor a later start past a parenthesis that loses the
				 * event the setting names: "a video status conference (on
				 * Microsoft Teams) with the Court and the parties herein is
				 * set for April 12") */
				/* (nor a later start inside the earlier event's description,
				 * its date, hour and place: "The status conference scheduled
				 * for June 3, 2019, at 10:00 a.m. in Courtroom 4, ..., Boise,
				 * Idaho, | is hereby continued to": the event is the
				 * conference, not "Idaho"; but a determiner opens a subject
				 * that takes the events up again: "As regards the motions
				 * ... now set for October 15, | those motions will be set"; and
				 * docket text's next setting has no verb before its participle:
				 * "Conference set for 9/8/2008 02:00 PM before Honorable Sean F
				 * Cox, | Motion Cut-off set for 4/11/2008") */
				static const char *const resumptive[] = {"the", "those", "these", "this", "that", "such",
									  "said", "each", "all", "both", "any", NULL};
				if (frame_kind((int)fi) == FK_SETTING && !event_score(&at, at.slot_a[SLOT_WHAT], at.slot_b[SLOT_WHAT]) &&
				    event_score(&at, out->v[k].slot_a[SLOT_WHAT], out->v[k].slot_b[SLOT_WHAT]) &&
				    ((s > 0 && t->low[tk->v[s - 1].a] == ')' && tk->v[s - 1].type == TK_PUNCT) ||
				     (setting_between(out, s0, s) && !token_among(t, &tk->v[s], resumptive) &&
				      finite_after(&at, at.slot_b[SLOT_WHAT]))))
					goto longer;
			}
			if (k == out->n) {
				if (out->n == out->cap)
					out->v = xrealloc(out->v, (out->cap = out->cap ? 2 * out->cap : 16) *
									  sizeof *out->v);
				out->n++;
			}
			struct frame_match *m = &out->v[k];
			m->frame = (int)fi;
			m->start = s;
			m->end = (size_t)end;
			m->anchor = anchor;
			memcpy(m->slot_a, at.slot_a, sizeof m->slot_a);
			memcpy(m->slot_b, at.slot_b, sizeof m->slot_b);
			memcpy(m->lex_entry, at.lex, sizeof at.lex);
			m->nlex = (uint8_t)at.nlex;
		longer:
			if (f->slot_first) {
				at.min_first = first_len + 1;
				goto again;
			}
		}
	}
	/* in the order of the sentence */
	for (size_t i = 1; i < out->n; i++) {
		struct frame_match m = out->v[i];
		size_t j = i;
		while (j > 0 && (out->v[j - 1].anchor > m.anchor ||
				 (out->v[j - 1].anchor == m.anchor && out->v[j - 1].start > m.start))) {
			out->v[j] = out->v[j - 1];
			j--;
		}
		out->v[j] = m;
	}
	/* docket text run on without a stop ("First Meeting of Creditors
	 * Scheduled For 10:30 8/5/98 At 300 W Pratt, #375 Baltimore MD
	 * Confirmation Hearing Set For 2:15 10/15/98"): a noun phrase that holds
	 * the anchor of an operative frame before it is no noun phrase; it begins
	 * where that frame ends. (Not a noun phrase a finite verb takes as its
	 * subject: "The jury trial now set for May 16, 2022, is continued to
	 * ..." moves the trial the phrase names.) */
	for (size_t j = 1; j < out->n; j++) {
		struct frame_match *b = &out->v[j];
		const struct frame *f = &frames[b->frame];
		if (!f->slot_first || !frame_kind_operative(frame_kind(b->frame)))
			continue;
		size_t v = b->anchor + 1; /* (the anchor may be the verb "is" itself) */
		while (v > b->start && (token_has(&tk->v[v - 1], at.cls_adv, 0) ||
					(tk->v[v - 1].type == TK_PUNCT && t->low[tk->v[v - 1].a] == ',')))
			v--;
		if (v > b->start && (token_has(&tk->v[v - 1], at.cls_be, 0) || token_has(&tk->v[v - 1], at.cls_modal[0], 0) ||
				     token_has(&tk->v[v - 1], at.cls_modal[1], 0)))
			continue;
		int s = f->el[0].slot;
		for (size_t i = 0; i < j; i++) {
			const struct frame_match *a = &out->v[i];
			if (frame_kind_operative(frame_kind(a->frame)) && b->start < a->anchor &&
			    b->slot_a[s] <= a->anchor && a->anchor < b->slot_b[s] && a->end + 2 <= b->slot_b[s] &&
			    a->end > b->start) {
				b->start = a->end;
				b->slot_a[s] = a->end;
			}
		}
	}
}

void frame_matches_free(struct frame_matches *m)
{
	free(m->flags);
	free(m->classes);
	free(m->hashes);
	free(m->starts);
	free(m->needs);
	free(m->roles);
	free(m->may);
	free(m->v);
	memset(m, 0, sizeof *m);
}
