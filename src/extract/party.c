/*
 * party.c: who an obligation binds (see party.h).
 */
#include "party.h"

#include "ascii.h"
#include <stdio.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

/* A role as the annotation writes it: the word as the order writes it, with
 * the few that name every party ("each party", "both sides") as "parties". */
static void role_name(const struct text *t, const struct token *k, const struct party_ctx *pc, char *out,
		      size_t outlen)
{
	const char *lemma = "";
	for (int i = 0; i < k->nhits; i++)
		if (lexicon_entry_classes(k->hit[i].entry) & ((uint64_t)1 << lexicon_class("party")))
			lemma = lexicon_entry_lemma(k->hit[i].entry);
	if (!strcmp(lemma, "party") || !strcmp(lemma, "side"))
		snprintf(out, outlen, "parties");
	else if (!strcmp(lemma, "counsel"))
		snprintf(out, outlen, "counsel");
	else if (!strcmp(lemma, "amicus"))
		snprintf(out, outlen, "amici");
	else if (!strcmp(lemma, "united states") || !strcmp(lemma, "government"))
		snprintf(out, outlen, "%s", pc->us_plaintiff ? "plaintiff" : "the government");
	else if (!strcmp(lemma, "court coordinator") || !strcmp(lemma, "trial court"))
		/* (and the lower court by its name: "the district court shall hear ...") */
		snprintf(out, outlen, "trial court%s", (k->hit[0].forms & LF_PL) ? "s" : "");
	else if (!strcmp(lemma, "plaintiff") || !strcmp(lemma, "defendant"))
		/* abbreviations ("Pltf", "Dfts") as the role */
		snprintf(out, outlen, "%s%s", lemma, (k->hit[0].forms & LF_PL) ? "s" : "");
	else
		snprintf(out, outlen, "%.*s", (int)(k->b - k->a), t->low + k->a);
	/* an official sued in office is the side the caption gives it; in a
	 * petition, "the agency" the respondent */
	const char *side = party_side_by_kind(pc, out);
	if (side)
		snprintf(out, outlen, "%s", side);
}

int is_article(const struct text *t, const struct token *k)
{
	static const char *const words[] = {"the", "a", "an", "any", "each", "such", "this", "that", "all",
					    "no", "said", "both", "every", NULL};
	for (int i = 0; words[i]; i++)
		if (token_is(t, k, words[i]))
			return 1;
	return 0;
}

/* A body or an office named after an article, tokens [s, b): capitalised
 * words the lexicon does not know, joined by "of", "and", "for" ("the
 * Department of Education", "the Sheriff of Cook County"), or an acronym
 * ("the BOP", "the FDA"), named as written (or by the side the order
 * introduced it with). Not a role the lexicon knows ("the Trustee"), nor a
 * paper or an event ("the Stipulation" is no name: the lexicon knows most
 * papers, and a paper commanded to act is read as the general duty it is). */
static enum party_how named_body(const struct text *t, const struct tokens *tk, size_t s, size_t b,
				 const struct party_ctx *pc, char *out, size_t outlen)
{
	static const char *const joins[] = {"of", "and", "for", "&", NULL};
	if (s == b || b - s > 7 || tk->v[s].type != TK_WORD || tk->v[b - 1].type != TK_WORD)
		return PARTY_NONE;
	for (size_t i = s; i < b; i++) {
		const struct token *k = &tk->v[i];
		int join = i > s && i + 1 < b && token_among(t, k, joins);
		if (!join && (k->type != TK_WORD || !k->initcap || k->nhits))
			return PARTY_NONE;
	}
	/* (one word only when it is an acronym: "the Agreement" is a thing) */
	if (b - s == 1 && !(tk->v[s].caps && tk->v[s].b - tk->v[s].a >= 2 && tk->v[s].b - tk->v[s].a <= 6))
		return PARTY_NONE;
	for (size_t i = s; i < b; i++) {
		char w[24];
		snprintf(w, sizeof w, "%.*s", (int)(tk->v[i].b - tk->v[i].a), t->low + tk->v[i].a);
		const char *side = party_side_of(pc, w);
		if (side) {
			snprintf(out, outlen, "%s", side);
			return PARTY_ROLE;
		}
	}
	size_t len = tk->v[b - 1].b - tk->v[s].a;
	if (len > outlen - 1)
		len = utf8_cut(t->low + tk->v[s].a, outlen - 1);
	snprintf(out, outlen, "%.*s", (int)len, t->low + tk->v[s].a);
	return PARTY_BODY;
}

/* The other side of a party role, or NULL. (A motion of the trustee or a
 * creditor is answered by the debtor; the debtor's by whichever of them
 * objects, which the role does not say.) */
const char *other_side(const char *role)
{
	static const char *const pairs[][2] = {{"plaintiff", "defendant"}, {"appellant", "appellee"},
					       {"petitioner", "respondent"}};
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		for (int k = 0; k < 2; k++)
			if (!strncmp(role, pairs[i][k], strlen(pairs[i][k])))
				return pairs[i][!k];
	if (!strncmp(role, "trustee", 7) || !strncmp(role, "creditor", 8))
		return "debtor";
	return NULL;
}

/* The words that open a noun phrase a preposition governs, which a side
 * named there is not a subject joined to another ("Plaintiffs' Reply and
 * Opposition to Defendants' motion"; "the motion of plaintiff and defendant
 * shall answer"). */
static const char *const governing[] = {"of", "to", "on", "upon", "by", "for", "with", "from", "against", "in", NULL};

/* Is token k the conjunction "and" (or "&")? */
static int conjunction(const struct text *t, const struct token *k)
{
	return token_is(t, k, "and") || (k->type == TK_PUNCT && t->low[k->a] == '&');
}

/* Is token k a role of the side other, the other side of the role before
 * it? */
static int names_side(const struct text *t, const struct token *k, const struct party_ctx *pc, const char *other)
{
	if (!token_has(k, lexicon_class("party"), 0))
		return 0;
	char name[48];
	role_name(t, k, pc, name, sizeof name);
	return !strncmp(name, other, strlen(other));
}

/* The other side of role, when two sides joined by "and" would be every
 * party's (plaintiff and defendant, appellant and appellee ...); NULL for
 * a role with no other side, or the debtor, whom several sides answer. */
static const char *joinable_side(const char *role)
{
	const char *other = other_side(role);
	return other && strcmp(other, "debtor") ? other : NULL;
}

/* Do tokens (i, b) join to the role at i, by "and", the role of the other
 * side ("Plaintiffs' and Defendants' Executive Committees", "Plaintiff's
 * counsel and defendant's counsel")? Both sides, then: every party's. */
static int joined_other_side(const struct text *t, const struct tokens *tk, size_t i, size_t b,
			     const struct party_ctx *pc, const char *role)
{
	const char *other = joinable_side(role);
	if (!other)
		return 0;
	int joined = 0;
	for (size_t j = i + 1; j < b && j <= i + 6; j++) {
		const struct token *k = &tk->v[j];
		if (k->type == TK_PUNCT && strchr(";:(", t->low[k->a]))
			return 0;
		if (joined && token_among(t, k, governing))
			return 0;
		joined |= conjunction(t, k);
		if (joined && token_has(k, lexicon_class("party"), 0))
			return names_side(t, k, pc, other);
	}
	return 0;
}

/* Is the role at i, the first of its phrase [a, ...), the second of two
 * sides joined by an "and" that opens the phrase or comes just before it
 * ("Plaintiffs and | Defendants shall confer": the phrase cut at its
 * conjunction)? */
static int joined_before(const struct text *t, const struct tokens *tk, size_t a, size_t i,
			 const struct party_ctx *pc, const char *role)
{
	const char *other = joinable_side(role);
	if (!other)
		return 0;
	size_t k = i;
	while (k > 0 && is_article(t, &tk->v[k - 1]))
		k--;
	/* (the conjunction at the phrase's start or just before it) */
	if (k < 2 || k + 1 < a || !conjunction(t, &tk->v[k - 1]))
		return 0;
	/* (not the object of a preposition before it, the "and" joining two
	 * clauses) */
	size_t p = k - 2;
	while (p > 0 && is_article(t, &tk->v[p - 1]))
		p--;
	if (p > 0 && token_among(t, &tk->v[p - 1], governing))
		return 0;
	return names_side(t, &tk->v[k - 2], pc, other);
}

enum party_how party_of(const struct text *t, const struct tokens *tk, size_t a, size_t b,
			const struct party_ctx *pc, char *out, size_t outlen)
{
	int cls_party = lexicon_class("party"), cls_pronoun = lexicon_class("pronoun");
	*out = '\0';
	/* a name with its office set off after it, "Mr. Sana, as Chuuk Acting
	 * Director of Treasury,", "Defendant, as trustee of the fund,": the
	 * party is the name */
	static const char *const subjects[] = {"i", "we", "you", "it", "this", "that", NULL}; /* (not "However, as I noted") */
	for (size_t i = a + 1; i + 1 < b; i++) {
		enum party_how how;
		if (tk->v[i].type == TK_PUNCT && t->low[tk->v[i].a] == ',' && token_is(t, &tk->v[i + 1], "as") &&
		    i + 2 < b && !token_has(&tk->v[i + 2], cls_pronoun, 0) && !token_among(t, &tk->v[i + 2], subjects) &&
		    (how = party_of(t, tk, a, i, pc, out, outlen)) != PARTY_NONE)
			return how;
	}
	/* "appellant-respondent", "respondents-appellants": a hyphenated role is
	 * named as written */
	for (size_t i = a; i < b; i++) {
		const struct token *k = &tk->v[i];
		const char *dash = k->type == TK_WORD ? memchr(t->low + k->a, '-', k->b - k->a) : NULL;
		struct lex_hit h[TOKEN_HITS];
		int n = dash ? lexicon_lookup(t->low + k->a, (size_t)(dash - (t->low + k->a)), h, TOKEN_HITS) : 0;
		for (int j = 0; j < n; j++)
			if (lexicon_entry_classes(h[j].entry) & ((uint64_t)1 << cls_party)) {
				snprintf(out, outlen, "%.*s", (int)(k->b - k->a), t->low + k->a);
				return PARTY_ROLE;
			}
		if (token_has(k, cls_party, 0))
			break;
	}
	/* (a government's kind inside a longer name is no party: "the Wayne
	 * County Civil Division ... judges", "the State Bar") */
	static const char *const kinds[] = {"city", "county", "state", NULL};
	for (size_t i = a; i < b; i++)
		if (token_has(&tk->v[i], cls_party, 0)) {
			if (token_among(t, &tk->v[i], kinds) && tk->v[i].initcap && i + 1 < b &&
			    tk->v[i + 1].type == TK_WORD && tk->v[i + 1].initcap)
				continue;
			role_name(t, &tk->v[i], pc, out, outlen);
			if (joined_other_side(t, tk, i, b, pc, out) || joined_before(t, tk, a, i, pc, out)) {
				snprintf(out, outlen, "parties");
				return PARTY_ROLE;
			}
			/* "the third-party defendant", "the cross-plaintiff" are other parties */
			const struct token *p = i > a ? &tk->v[i - 1] : NULL;
			/* "the moving party", "the setting party": the one who moved or
			 * set the hearing, whichever side (a role of its own) */
			static const char *const moving[] = {"moving", "setting", NULL};
			if (p && token_among(t, p, moving) && token_is(t, &tk->v[i], "party")) {
				snprintf(out, outlen, "movant");
				return PARTY_ROLE;
			}
			if (p && p->type == TK_WORD && memchr(t->low + p->a, '-', p->b - p->a)) {
				char role[48];
				snprintf(role, sizeof role, "%s", out);
				snprintf(out, outlen, "%.*s %s", (int)(p->b - p->a), t->low + p->a, role);
			}
			return PARTY_ROLE;
		}
	if (b - a == 1 && token_has(&tk->v[a], cls_pronoun, 0) && !token_is(t, &tk->v[a], "it") && pc->last[0]) {
		snprintf(out, outlen, "%s", pc->last);
		return PARTY_PRONOUN;
	}
	/* (a subject after the conjunction that joins its clause to the one
	 * before, an article opening it: "the motion is GRANTED, and the
	 * Governmental Entities shall have until ...") */
	size_t j = a;
	while (j < b && (conjunction(t, &tk->v[j]) || (tk->v[j].type == TK_PUNCT && t->low[tk->v[j].a] == ',')))
		j++;
	if (j > a && j < b && is_article(t, &tk->v[j])) /* (not the last of a list of names: "..., and Scott Preston") */
		a = j;
	/* a lower court named by its kind or place ("the PCRA court", "the habeas
	 * court", "the Jefferson Family Court"): the trial court an appellate order
	 * commands (not "this Court", "the Court", "the appellate court"; not
	 * a paper addressed to the court: "Response to Court due by 8/17/2017") */
	if (b - a >= 2 && b - a <= 5 && token_is(t, &tk->v[b - 1], "court")) {
		static const char *const not_lower[] = {"this", "our", "appellate", "supreme", "high",
							"highest", "reviewing", "same", "to", "with",
							"before", "for", "by", NULL};
		int named = 0, own = 0;
		for (size_t i = a; i + 1 < b; i++) {
			const struct token *k = &tk->v[i];
			own |= token_among(t, k, not_lower) || (i > a && is_article(t, k)); /* (not a heading run in) */
			named |= k->type == TK_WORD && !is_article(t, k);
		}
		if (named && !own) {
			snprintf(out, outlen, "trial court");
			return PARTY_ROLE;
		}
	}
	/* a named person: one to four capitalised words the lexicon does not know */
	size_t s = a;
	while (s < b && is_article(t, &tk->v[s]))
		s++;
	/* ("the Honorable Traci Evans": a person, by an honorific) */
	int honorific = 0;
	while (s < b && (token_is(t, &tk->v[s], "honorable") || token_is(t, &tk->v[s], "hon") ||
			 (tk->v[s].type == TK_PUNCT && t->low[tk->v[s].a] == '.' && honorific))) {
		honorific = 1;
		s++;
	}
	if (s > a && !honorific)
		return named_body(t, tk, s, b, pc, out, outlen);
	/* (several named jointly are named by the first: "Governor Grisham and
	 * the NMCD Officials" -> grisham, as the annotation has it; not a name
	 * with "and" inside it, "United Food and Commercial Workers ...") */
	for (size_t i = s + 1; i + 1 < b; i++) {
		char second[48];
		if (token_is(t, &tk->v[i], "and") &&
		    (is_article(t, &tk->v[i + 1]) || party_of(t, tk, i + 1, b, pc, second, sizeof second) != PARTY_NONE))
			return party_of(t, tk, s, i, pc, out, outlen);
	}
	if (s == b || b - s > 4)
		return PARTY_NONE;
	/* (an agency by its acronym alone, in a sentence not in capitals:
	 * "directs EOIR to file"; "USDS shall produce") */
	int acronym = b - s == 1 && tk->v[s].caps && tk->v[s].b - tk->v[s].a <= 6 && b < tk->n &&
		      tk->v[b].type == TK_WORD && !tk->v[b].caps && !tk->v[b].initcap;
	for (size_t i = s; i < b; i++) {
		const struct token *k = &tk->v[i];
		if (k->type == TK_PUNCT && t->low[k->a] == '.')
			continue; /* "J. Smith" */
		if (k->type != TK_WORD || !k->initcap || k->nhits || (k->caps && k->b - k->a > 3 && !acronym))
			return PARTY_NONE;
	}
	const struct token *last = &tk->v[b - 1];
	if (last->type != TK_WORD)
		return PARTY_NONE;
	/* (a party the order introduced by its side is named by that side:
	 * "Laramie must respond" -> defendant) */
	for (size_t i = s; i < b; i++) {
		char w[24];
		const struct token *k = &tk->v[i];
		snprintf(w, sizeof w, "%.*s", (int)(k->b - k->a), t->low + k->a);
		const char *side = k->type == TK_WORD ? party_side_of(pc, w) : NULL;
		if (side) {
			snprintf(out, outlen, "%s", side);
			return PARTY_ROLE;
		}
	}
	snprintf(out, outlen, "%.*s", (int)(last->b - last->a), t->low + last->a);
	return PARTY_NAME;
}

/* Officials sued in office: the word the order uses for them. */
static const char *const officials[] = {"commissioner", "secretary", "warden", NULL};
/* The sides a caption gives ("Respondent-Appellee": the last is the side now). */
static const char *const sides[] = {"plaintiff", "defendant", "petitioner", "respondent", "appellant", "appellee",
				    NULL};

static void add_sued_replace(struct party_ctx *pc, const char *official, const char *side)
{
	for (int i = 0; i < pc->nsued; i++)
		if (!strcmp(pc->sued[i].official, official))
			snprintf(pc->sued[i].side, sizeof pc->sued[0].side, "%s", side);
}

static void add_sued(struct party_ctx *pc, const char *official, const char *side)
{
	for (int i = 0; i < pc->nsued; i++)
		if (!strcmp(pc->sued[i].official, official))
			return;
	if (pc->nsued == (int)(sizeof pc->sued / sizeof pc->sued[0]))
		return;
	snprintf(pc->sued[pc->nsued].official, sizeof pc->sued[0].official, "%s", official);
	snprintf(pc->sued[pc->nsued].side, sizeof pc->sued[0].side, "%s", side);
	pc->nsued++;
}

/* The sides a party is introduced by, as read_introductions and
 * read_caption_bodies find them. */
static const char *const roles[] = {"plaintiffs", "plaintiff", "defendants", "defendant", "petitioners",
				    "petitioner", "respondents", "respondent", "appellants", "appellant",
				    "appellees", "appellee", NULL};
/* (words that name no one: a firm's form, a link) */
static const char *const forms[] = {"inc", "llc", "corp", "co", "ltd", "lp", "llp", "na", "the", "of", "and", NULL};
/* (words of a firm's or a body's name) */
static const char *const bodies[] = {"inc", "llc", "corp", "co", "ltd", "lp", "llp", "company",
				     "corporation", "bank", "association", "insurance", "group", "partners",
				     "trust", "fund", "funds", "states", "county", "city", "district",
				     "department", "authority", "board", "enterprises", "technologies",
				     "services", "systems", "holdings", "industries", "university",
				     "hospital", "agency", "commission", "union", "council", "casualty",
				     "surety", "mutual", NULL};

/* Each word of a name (not a firm's form, not a word the lexicon knows;
 * a body's kind, "board", "company", only with kinds set) stands for the
 * side role; a word both sides use stands for neither. */
static void name_stands_for(struct party_ctx *pc, char (*words)[24], size_t nwords, const char *role, int kinds)
{
	for (size_t k = 0; k < nwords; k++) {
		int form = 0, body = 0;
		for (int f = 0; forms[f] && !form; f++)
			form = !strcmp(words[k], forms[f]);
		for (int b = 0; bodies[b] && !body; b++)
			body = !strcmp(words[k], bodies[b]);
		form |= body && !kinds;
		/* (a word the lexicon knows names no one, but a body's kind that
		 * is a party's: "CITY OF CLEVELAND, Defendant" -> the City is the
		 * defendant) */
		int kind = body && kinds;
		struct lex_hit h;
		size_t n = strlen(words[k]);
		if (form || n < 3 ||
		    (lexicon_lookup(words[k], n, &h, 1) &&
		     !(kind && (lexicon_entry_classes(h.entry) & ((uint64_t)1 << lexicon_class("party"))))))
			continue;
		const char *side = party_side_of(pc, words[k]);
		if (!side)
			add_sued(pc, words[k], role);
		else if (strcmp(side, role))
			add_sued_replace(pc, words[k], ""); /* (both sides: neither) */
	}
}

/* "defendant Travelers Casualty and Surety Company", "Defendant Laramie
 * Enterprises, Inc.": a firm or a body introduced by its side, in the
 * order's first pages; each word of its name (not "Inc", "Company") stands for
 * that side, as the annotation names a firm ("Laramie must respond" ->
 * defendant). A person keeps the name ("plaintiff Miller" -> miller), and a
 * word both sides use stands for neither. */
static void read_introductions(struct party_ctx *pc, const struct text *t)
{
	const char *low = t->low;
	size_t end = t->len < 20000 ? t->len : 20000;
	for (size_t i = 0; i < end; i++) {
		if (i > 0 && ascii_isalnum((unsigned char)low[i - 1]))
			continue;
		const char *role = NULL;
		for (int r = 0; roles[r] && !role; r++) {
			size_t n = strlen(roles[r]);
			if (low[i] == roles[r][0] && i + n < end && !memcmp(low + i, roles[r], n) && low[i + n] == ' ')
				role = roles[r];
		}
		if (!role)
			continue;
		char words[6][24];
		size_t p = i + strlen(role) + 1, nwords = 0;
		int body = 0;
		while (p < end && nwords < 6 && (text_is_upper(t, p) || !strncmp(low + p, "and ", 4) ||
						 !strncmp(low + p, "of ", 3))) {
			size_t e = p;
			while (e < end && (ascii_isalnum((unsigned char)low[e]) || low[e] == '\''))
				e++;
			size_t n = e - p < sizeof words[0] - 1 ? e - p : sizeof words[0] - 1;
			memcpy(words[nwords], low + p, n);
			words[nwords][n] = '\0';
			for (int b = 0; bodies[b] && !body; b++)
				body = !strcmp(words[nwords], bodies[b]);
			nwords++;
			while (e < end && (low[e] == '.' || low[e] == ','))
				e++;
			if (e >= end || low[e] != ' ')
				break;
			p = e + 1;
		}
		/* ("Company" names no one firm) */
		if (body)
			name_stands_for(pc, words, nwords, role, 0);
		i = p - 1; /* (on from the word that ended the name: "... Company and defendant ...") */
	}
}

/* "MERIT SYSTEMS PROTECTION BOARD, Respondent.", "SECURITIES AND EXCHANGE
 * COMMISSION, Plaintiff, v. ...": a body the caption names before its side
 * stands for that side by each word of its name, as read_introductions has
 * it, and by its initials ("SEC", "the Board" -> plaintiff, respondent). */
static void read_caption_bodies(struct party_ctx *pc, const struct text *t)
{
	const char *low = t->low;
	size_t end = t->len < 20000 ? t->len : 20000;
	for (size_t c = 1; c + 2 < end; c++) {
		if (low[c] != ',')
			continue;
		size_t w = c + 1;
		while (w < end && low[w] == ' ')
			w++;
		const char *role = NULL;
		for (int r = 0; roles[r] && !role; r++) {
			size_t n = strlen(roles[r]);
			if (w + n <= end && !memcmp(low + w, roles[r], n) &&
			    (w + n == end || !ascii_isalpha((unsigned char)low[w + n]) ||
			     (low[w + n] == 's' && (w + n + 1 == end || !ascii_isalpha((unsigned char)low[w + n + 1])))))
				role = roles[r];
		}
		if (!role)
			continue;
		/* (the side now of a compound: "Respondent-Appellee") */
		size_t after = w + strlen(role) + (low[w + strlen(role)] == 's');
		for (int r = 0; after + 1 < end && low[after] == '-' && roles[r]; r++) {
			size_t n = strlen(roles[r]);
			if (after + 1 + n <= end && !memcmp(low + after + 1, roles[r], n))
				role = roles[r];
		}
		/* the name: the words before the comma, each capitalised but "and",
		 * "of", "the", on the same line, up to eight */
		char words[8][24];
		size_t nwords = 0, p = c;
		int body = 0;
		while (nwords < 8 && p > 0) {
			size_t e = p;
			while (e > 0 && low[e - 1] == ' ')
				e--;
			size_t a = e;
			while (a > 0 && (ascii_isalpha((unsigned char)low[a - 1]) || low[a - 1] == '\''))
				a--;
			if (a == e || (a > 0 && !strchr(" \n", low[a - 1])) ||
			    (!text_is_upper(t, a) && strncmp(low + a, "and ", 4) && strncmp(low + a, "of ", 3) &&
			     strncmp(low + a, "the ", 4)))
				break;
			size_t n = e - a < sizeof words[0] - 1 ? e - a : sizeof words[0] - 1;
			memmove(words[1], words[0], nwords * sizeof words[0]);
			memcpy(words[0], low + a, n);
			words[0][n] = '\0';
			for (int b = 0; bodies[b] && !body; b++)
				body = !strcmp(words[0], bodies[b]);
			nwords++;
			if (a == 0 || low[a - 1] == '\n')
				break;
			p = a;
		}
		if (!body || nwords < 2)
			continue;
		/* (its kind too: "the Board" of "MERIT SYSTEMS PROTECTION BOARD") */
		name_stands_for(pc, words, nwords, role, 1);
		char initials[8];
		size_t ni = 0;
		for (size_t k = 0; k < nwords; k++)
			if (strcmp(words[k], "and") && strcmp(words[k], "of") && strcmp(words[k], "the") &&
			    ni < sizeof initials - 1)
				initials[ni++] = words[k][0];
		initials[ni] = '\0';
		if (ni >= 2 && !party_side_of(pc, initials))
			add_sued(pc, initials, role);
	}
}

void party_read_caption(struct party_ctx *pc, const struct text *t)
{
	const char *low = t->low;
	size_t len = t->len;
	size_t end = len < 4000 ? len : 4000;
	/* "COMMISSIONER OF SOCIAL SECURITY, Defendant", "ERIC K. SHINSEKI,
	 * SECRETARY OF VETERANS AFFAIRS, Respondent-Appellee" */
	for (int o = 0; officials[o]; o++) {
		size_t n = strlen(officials[o]);
		for (size_t i = 0; i + n < end; i++) {
			if (memcmp(low + i, officials[o], n) || (i > 0 && ascii_isalpha((unsigned char)low[i - 1])) ||
			    ascii_isalpha((unsigned char)low[i + n]))
				continue;
			/* the caption's comma and side within the next 60 bytes, on the same line */
			const char *side = NULL;
			/* (or, the comma lost as a web page prints a caption,
			 * "Commissioner of Internal Revenue Respondent": every word
			 * from the official to the side capitalised but "of") */
			int titled = text_is_upper(t, i);
			for (size_t k = i + n; k < end && k < i + n + 60 && low[k] != '\n' && !side; k++) {
				int word = k > 0 && low[k - 1] == ' ' && ascii_isalpha((unsigned char)low[k]);
				if (word && !text_is_upper(t, k) && strncmp(low + k, "of ", 3)) /* (NUL-ended: not past it) */
					titled = 0;
				if (low[k] != ',' && !(titled && word && text_is_upper(t, k)))
					continue;
				size_t w = low[k] == ',' ? k + 1 : k;
				while (w < end && low[w] == ' ')
					w++;
				/* the last side of a compound ("respondent-appellee") */
				for (int again = 1; again;) {
					again = 0;
					for (int s = 0; sides[s]; s++) {
						size_t m = strlen(sides[s]);
						if (w + m <= end && !memcmp(low + w, sides[s], m)) {
							side = sides[s];
							w += m + (low[w + m] == 's');
							if (w < end && strchr("-.\xb7 ", low[w]) && w + 1 < end &&
							    ascii_isalpha((unsigned char)low[w + 1])) {
								w++;
								again = 1;
							}
							break;
						}
					}
				}
			}
			if (side) {
				add_sued(pc, officials[o], side);
				break;
			}
		}
	}
	/* an action under 42 U.S.C. 405(g) is brought against the Commissioner */
	if (!party_side_of(pc, "commissioner") && strstr(low, "social security"))
		add_sued(pc, "commissioner", "defendant");
	read_introductions(pc, t);
	read_caption_bodies(pc, t);
}

const char *party_side_of(const struct party_ctx *pc, const char *official)
{
	for (int i = 0; i < pc->nsued; i++)
		if (!strcmp(pc->sued[i].official, official))
			return pc->sued[i].side[0] ? pc->sued[i].side : NULL;
	return NULL;
}

const char *party_side_by_kind(const struct party_ctx *pc, const char *word)
{
	const char *side = party_side_of(pc, word);
	static const char *const kinds[] = {"agency", "board", "secretary", "department", "commission", "office", NULL};
	for (int i = 0; !side && pc->petition && kinds[i]; i++)
		if (!strcmp(word, kinds[i]))
			side = "respondent";
	return side;
}
