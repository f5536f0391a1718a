/*
 * whose.c: whose duty an obligation is (see reader.h). party.c reads the party
 * a noun phrase names; here the reader finds which noun phrase that is (the
 * head of the subject, the role that opens a list of names) and, when the
 * clause names no party, infers one: the owner of the paper due (the debtor's
 * schedules, the creditors' proofs of claim), the movant of an extension, the
 * side that responds or replies to a motion, the side whose brief it is.
 */
#include "reader.h"

#include "ascii.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "timex.h"
#include "util.h"

/* Does a token in [a, b) have class cls? Its lexicon entry then counts as used
 * (tests/orders/overfit asks which orders each entry serves). */
static int uses_class(struct reader *r, size_t a, size_t b, int cls)
{
	for (size_t i = a; i < b; i++)
		for (int h = 0; h < r->tk.v[i].nhits; h++)
			if (lexicon_entry_classes(r->tk.v[i].hit[h].entry) & ((uint64_t)1 << cls)) {
				int e = r->tk.v[i].hit[h].entry;
				r->out->lexicon_used[e / 8] |= (uint8_t)(1u << (e % 8));
				return 1;
			}
	return 0;
}

/* The words of a paper that answers another, and of one that replies. */
static const char *const responses[] = {"response", "responses", "opposition", "oppositions", NULL};
static const char *const replies[] = {"reply", "replies", NULL};

/* A paper its owner names by possession ("Mylan's initial brief is due ..."):
 * a name (a capitalised word the lexicon does not know) with 's, and a
 * filing within the next three words; its surname into who. */
static void possessor_of_paper(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	int filing = lexicon_class("filing"), motion = lexicon_class("motion");
	for (size_t i = a; i < b; i++) {
		const struct token *k = &r->tk.v[i];
		if (k->type != TK_WORD || !k->poss || !k->initcap)
			continue;
		char name[24];
		snprintf(name, sizeof name, "%.*s", (int)(k->b - k->a), r->t.low + k->a);
		/* (by the side the case gives it, a word the lexicon knows too:
		 * "the Board's brief", "The Agency's informal response brief") */
		const char *side = party_side_by_kind(&r->pc, name);
		if (k->nhits && !side)
			continue;
		for (size_t j = i + 1; j < b && j <= i + 3; j++)
			if (token_has(&r->tk.v[j], filing, 0) || token_has(&r->tk.v[j], motion, 0)) {
				snprintf(who, len, "%s", side ? side : name);
				return;
			}
	}
}

/* A paper its owner names after "of" ("the Memorial of the Islamic Republic
 * of Iran", "the Counter-Memorial of the Government of the United States of
 * America"): the capitalised name, with the "of", "the" and "and" inside
 * it, as written, into who. Its words are unknown to the lexicon or a
 * party's ("the United States"); a title's words are no name. */
void paper_of_named(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	int filing = lexicon_class("filing");
	static const char *const inner[] = {"of", "the", "and", NULL};
	for (size_t i = a; i + 2 < b; i++) {
		/* (a paper, or a verb's noun after its article: "the Reply of the
		 * Republic of Nicaragua", "the Answer of the Respondent") */
		int paper = token_has(&r->tk.v[i], filing, 0) ||
			    (i > a && token_has(&r->tk.v[i], r->cls_act, LF_BASE) && is_article(&r->t, &r->tk.v[i - 1]));
		if (!paper || !token_is(&r->t, &r->tk.v[i + 1], "of"))
			continue;
		/* (a name, with its article: "of the Republic of Nicaragua"; a
		 * title's words are not, "Notice of Intent to Change Plea",
		 * "Designation of Expert Witnesses") */
		if (!token_is(&r->t, &r->tk.v[i + 2], "the"))
			continue;
		size_t s = i + 3;
		size_t e = s;
		while (e < b && e < s + 12 && r->tk.v[e].type == TK_WORD) {
			const struct token *k = &r->tk.v[e];
			if (k->initcap && (!k->nhits || token_has(k, r->cls_party, 0))) {
				e++;
				continue;
			}
			/* ("of the", "and" between the name's words) */
			size_t j = e;
			while (e > s && j < b && j < e + 2 && token_among(&r->t, &r->tk.v[j], inner))
				j++;
			if (j == e || j >= b || !r->tk.v[j].initcap)
				break;
			e = j;
		}
		while (e > s && token_among(&r->t, &r->tk.v[e - 1], inner))
			e--;
		if (e == s)
			continue;
		/* (the name as written, in lower case (the text's white space is
		 * collapsed already), through the rest of a word its tokens cut at a
		 * letter beyond ASCII, "Côte"; cut at a character's edge) */
		size_t end = tok_b(r, e - 1);
		while ((unsigned char)r->t.low[end] >= 0x80 || ascii_isalpha((unsigned char)r->t.low[end]))
			end++;
		char *name = xstrndup(r->t.low + tok_a(r, s), end - tok_a(r, s));
		for (char *c = name; *c; c++)
			if (ascii_isspace((unsigned char)*c))
				*c = ' ';
		utf8_copy(who, len, name);
		free(name);
		return;
	}
}

/* Whose pleading or motion, in a civil case, tokens [a, b) name by its
 * kind: the first such paper decides ("Amended Complaint due": the
 * plaintiff's; "Answer to Amended Complaint": the defendant's); a response
 * or opposition to it is the other side's ("Response to Motion to Dismiss":
 * the plaintiff's), a reply the same side's. Not when the paper only
 * qualifies what is named first ("Discovery related to the motion for class
 * certification", "Hearing on the Motion to Dismiss", "Objections to the
 * class certification": anyone's), nor in an appeal, whose parties are
 * others; in a bankruptcy case only the defendant's papers of an adversary
 * proceeding (its complaints are the creditors' and the trustee's). */
static void civil_paper_owner(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	static const char *const answering[] = {"respond", "responding", "oppose", "opposing", NULL};
	static const char *const other_heads[] = {"discovery", "objection", "objections", "cutoff", "cut-off",
						  "deposition", "depositions", NULL};
	static const char *const pleadings[] = {"answer", "responsive pleading", NULL};
	int cls_p = lexicon_class("plaintiff-paper"), cls_d = lexicon_class("defendant-paper"),
	    cls_agency = lexicon_class("agency-paper");
	/* the agency's record, when it is what is due ("Certified Administrative
	 * Record due ..."; not "any motion regarding the administrative record") */
	for (size_t i = a; i < b && i < a + 3; i++)
		if (token_has(&r->tk.v[i], cls_agency, 0)) {
			uses_class(r, i, i + 1, cls_agency);
			snprintf(who, len, "%s", r->petition || r->appeal ? "respondent" : "defendant");
			return;
		}
	if (r->appeal)
		return;
	int response = 0, reply = 0;
	for (size_t i = a; i < b; i++) {
		const struct token *k = &r->tk.v[i];
		if (token_has(k, r->cls_event, 0) || token_among(&r->t, k, other_heads))
			return;
		response |= token_among(&r->t, k, responses) || token_among(&r->t, k, answering);
		reply |= token_among(&r->t, k, replies);
		const char *side = NULL;
		if (token_has(k, cls_p, 0) && !r->bankruptcy)
			side = r->petition ? "petitioner" : "plaintiff";
		/* (the noun "answer", not the verb's "answers"; in a bankruptcy case
		 * not a motion to dismiss, the trustee's or a creditor's against the
		 * case) */
		else if (token_has(k, cls_d, LF_BASE | LF_PL) && (!r->bankruptcy || token_lemma_among(k, pleadings)))
			side = "defendant";
		if (!side)
			continue;
		uses_class(r, i, i + 1, !strcmp(side, "plaintiff") ? cls_p : cls_d);
		snprintf(who, len, "%s", response && !reply ? other_side(side) : side);
		return;
	}
}

/* The party whose paper tokens [a, b) name by kind: the debtor's schedules,
 * the creditors' proofs of claim, the appellant's record (reader.h). */
/* Is what tokens [a, b) name the presentence report itself ("Final PSI",
 * "First Disclosure-PSI", "PSI Completion"), which the probation officer
 * prepares and discloses (FRCrP 32(c)-(g)), not a party's paper about it
 * ("Objections to the PSR", "Sentencing Memorandum") nor an event? */
static int presentence_report(struct reader *r, size_t a, size_t b)
{
	static const char *const about_it[] = {"objection", "objections", "response", "responses", "memorandum",
					       "memoranda", "comments", "position", NULL};
	for (size_t i = a; i < b; i++)
		if (token_among(&r->t, &r->tk.v[i], about_it) || token_has(&r->tk.v[i], r->cls_event, 0))
			return 0; /* (nor the hearing it serves: "Sentence With PSR set for ...") */
	return uses_class(r, a, b < a + 4 ? b : a + 4, lexicon_class("probation-paper"));
}

/* Is what tokens [a, b) name a class member's paper in a class settlement:
 * an objection to it, a request for exclusion, opting out ("The deadline for
 * opting out or objecting to the Amended Settlement is ...", "any objections
 * to the renewed motion for final approval")? Not the parties' objections to
 * anything else ("Objections to the Report and Recommendation"). */
static int class_members_paper(struct reader *r, size_t a, size_t b)
{
	static const char *const papers[] = {"objection", "objections", "objecting", "exclusion", "exclusions",
					     "opt-out", "opt-outs", "opting", NULL};
	static const char *const not_settlement[] = {"report", "recommendation", "magistrate", "discovery",
						     "subpoena", "interrogatories", NULL};
	if (!r->class_settlement)
		return 0;
	int paper = 0;
	for (size_t i = a; i < b; i++) {
		if (token_among(&r->t, &r->tk.v[i], not_settlement) || token_among(&r->t, &r->tk.v[i], responses) ||
		    token_among(&r->t, &r->tk.v[i], replies))
			return 0; /* (nor the parties' response to them) */
		paper |= token_among(&r->t, &r->tk.v[i], papers);
	}
	return paper;
}

/* Is what tokens [a, b) name a paper the public files on a notice that
 * invites it ("DATES: Comments are due ...", "Deadline for filing comments,
 * motions to intervene, and protests", "Notices of intervention are due")? In
 * such a notice no party is named: any interested person may file. */
static int public_paper(struct reader *r, size_t a, size_t b)
{
	return r->public_notice && uses_class(r, a, b, lexicon_class("public-paper"));
}

void owner_of_paper(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	int debtor = lexicon_class("debtor-paper"), creditor = lexicon_class("creditor-paper"),
	    appellant = lexicon_class("appellant-paper"), in_bankruptcy = lexicon_class("bankruptcy-paper");
	/* (and the debtor's papers and meeting named by number or letter: a
	 * "Chapter 13 Plan", "Schedule A" to "Schedule J" (Official Forms
	 * 106A-J), the "341(a) meeting" or "341 Meeting" (11 U.S.C. 341, 343:
	 * the debtor appears; "meeting of creditors" is in the lexicon); and in a bankruptcy
	 * case a plain "Plan" and the filing fee's installments) */
	int numbered = 0;
	static const char *const plans_of_others[] = {"discovery", "management", "scheduling", "litigation", "joint",
						      "case", "proposed", NULL};
	for (size_t i = a; i < b && !numbered; i++) {
		const struct token *k = &r->tk.v[i];
		numbered = (token_is(&r->t, k, "plan") && i >= a + 2 && r->tk.v[i - 1].type == TK_NUM &&
			    token_is(&r->t, &r->tk.v[i - 2], "chapter")) ||
			   ((token_is(&r->t, k, "schedule") || token_is(&r->t, k, "schedules")) && i + 1 < r->tk.n &&
			    r->tk.v[i + 1].type == TK_WORD && r->tk.v[i + 1].b - r->tk.v[i + 1].a == 1 &&
			    r->tk.v[i + 1].initcap) ||
			   (token_is(&r->t, k, "meeting") &&
			    ((i >= 4 && r->tk.v[i - 1].type == TK_PUNCT && !strncmp(r->t.low + r->tk.v[i - 4].a, "341", 3)) ||
			     (i >= 1 && r->tk.v[i - 1].type == TK_NUM && r->tk.v[i - 1].b - r->tk.v[i - 1].a == 3 &&
			      !strncmp(r->t.low + r->tk.v[i - 1].a, "341", 3)))) ||
			   (token_is(&r->t, k, "plan") && r->bankruptcy && !(i > a && token_among(&r->t, &r->tk.v[i - 1], plans_of_others))) ||
			   /* the filing fee paid in installments (FRBP 1006(b)) */
			   (r->bankruptcy && (token_is(&r->t, k, "installment") || token_is(&r->t, k, "installments"))) ||
			   /* a paper under the rule of the debtor's lists and statements
			    * ("Local Rule 1007-2 Affidavit", FRBP 1007), or the
			    * petition's declaration ("Declaration re: Electronic Filing") */
			   (r->bankruptcy && k->type == TK_NUM && !strncmp(r->t.low + k->a, "1007", 4)) ||
			   (r->bankruptcy && token_is(&r->t, k, "electronic") && i >= 2 &&
			    (token_is(&r->t, &r->tk.v[i - 2], "declaration") ||
			     (i >= 3 && token_is(&r->t, &r->tk.v[i - 3], "declaration"))));
	}
	if (numbered || uses_class(r, a, b, debtor) || (r->bankruptcy && uses_class(r, a, b, in_bankruptcy)))
		snprintf(who, len, "debtor");
	else if (uses_class(r, a, b, creditor))
		snprintf(who, len, "creditors");
	else if (uses_class(r, a, b, appellant))
		snprintf(who, len, "appellant");
	else if (presentence_report(r, a, b))
		snprintf(who, len, "probation officer");
	else if (class_members_paper(r, a, b))
		snprintf(who, len, "class members");
	else if (public_paper(r, a, b))
		snprintf(who, len, "interested persons");
	else
		possessor_of_paper(r, a, b, who, len);
	if (!who[0])
		civil_paper_owner(r, a, b, who, len);
}

/* The first token of tk [a, b) that speaks of extending time, after a
 * motion, request or stipulation, or b. */
static size_t extension_at(const struct text *t, const struct tokens *tk, size_t a, size_t b)
{
	static const char *const asked[] = {"motion", "motions", "request", "application", "stipulation", NULL};
	static const char *const extends[] = {"extend", "extension", "enlarge", "enlargement", NULL};
	int motion = 0;
	for (size_t i = a; i < b; i++) {
		motion |= token_among(t, &tk->v[i], asked);
		if (motion && token_among(t, &tk->v[i], extends))
			return i;
	}
	return b;
}

/* The movant of the extension at token e of tk: after "by" ("... filed by
 * Appellee Apple Inc."), else the owner of the motion before it
 * ("granting Defendants' unopposed motion for extension of time"). */
static void movant_of(struct reader *r, const struct tokens *tk, size_t e, char *who, size_t len)
{
	for (size_t i = e; i + 1 < tk->n && !who[0]; i++)
		if (token_is(&r->t, &tk->v[i], "by") &&
		    party_of(&r->t, tk, i + 1, i + 2, &r->pc, who, len) != PARTY_ROLE)
			who[0] = '\0';
	static const char *const asked[] = {"motion", "request", "application", NULL};
	for (size_t i = e; i > 0 && e - i < 6 && !who[0]; i--)
		if (token_among(&r->t, &tk->v[i], asked)) {
			/* (the owner just before it, past a word or two: "unopposed") */
			for (size_t k = i; k > 0 && i - k < 3 && !who[0]; k--)
				if (tk->v[k - 1].poss && party_of(&r->t, tk, k - 1, k, &r->pc, who, len) != PARTY_ROLE)
					who[0] = '\0';
			break;
		}
}

/* Whose time an order granting an extension gives, when the duty names no
 * party: the movant ("ORDER granting motion to extend time to file brief
 * [18] filed by Appellee Apple Inc. The response brief is due 10/28/2022.";
 * "granting Defendants' motion for extension ... Responses due ..."),
 * else the owner of the paper extended ("Order Granting Motion To Extend
 * Deadline to File Schedules ... due by February 11, 2010": the debtor's).
 * The extension is in the duty's sentence or the one before it in its
 * paragraph (sentence_before). */
void extension_owner(struct reader *r, char *who, size_t len)
{
	size_t e = extension_at(&r->t, &r->tk, 0, r->tk.n);
	if (e < r->tk.n) {
		movant_of(r, &r->tk, e, who, len);
		if (!who[0])
			owner_of_paper(r, e, r->tk.n, who, len);
		return;
	}
	size_t before = sentence_before(r, r->cur_seg);
	if (before == SIZE_MAX)
		return;
	const struct segment *prev = &r->seg[before];
	struct tokens tk = {0};
	tokenize(&r->t, prev->start, prev->end, &tk);
	e = extension_at(&r->t, &tk, 0, tk.n);
	if (e < tk.n)
		movant_of(r, &tk, e, who, len);
	tokens_free(&tk);
}

/* Where the paragraph that holds offset end of the normalised text begins,
 * limit bytes before end at most (a docket entry's length). */
static size_t paragraph_start(const char *low, size_t end, size_t limit)
{
	size_t pa = end;
	while (pa > 0 && low[pa - 1] != '\n' && end - pa < limit)
		pa--;
	return pa;
}

/* The last side named in the paragraph before end (limit bytes at most)
 * whose mention passes names(r, at, p, end), at being where the role's word
 * begins and p where it ends (past a plural's 's'): that role, or NULL. */
typedef int (*role_mention)(const struct reader *r, size_t at, size_t p, size_t end);
static const char *last_role_before(const struct reader *r, size_t end, size_t limit, role_mention names)
{
	static const char *const roles[] = {"plaintiff", "defendant", "appellant", "appellee", "petitioner",
					    "respondent", "plaintiffs", "defendants", "appellants", "appellees",
					    "petitioners", "respondents", NULL};
	const char *low = r->t.low;
	size_t pa = paragraph_start(low, end, limit);
	size_t best = (size_t)-1;
	const char *found = NULL;
	for (int i = 0; roles[i]; i++) {
		size_t n = strlen(roles[i]);
		for (long at = timex_find_phrase_before(low, roles[i], pa, end); at >= 0 && (size_t)at + n < end;
		     at = timex_find_phrase_before(low, roles[i], (size_t)at + n, end)) {
			size_t p = (size_t)at + n;
			if (low[p] == 's')
				p++;
			if (names(r, (size_t)at, p, end) && (best == (size_t)-1 || (size_t)at > best)) {
				best = (size_t)at;
				found = roles[i];
			}
		}
	}
	return found;
}

/* Does the role at [at, p) name the movant of a paper: "<role>'s motion",
 * "... by <role>", "<role> may file a motion"? */
static int names_movant(const struct reader *r, size_t at, size_t p, size_t end)
{
	static const char *const papers[] = {"motion", "objection", "application", "request", "petition", NULL};
	const char *low = r->t.low;
	/* "Defendants may file a motion for ...": the role files it */
	int files = 0;
	for (const char *f = low + p; !files && f < low + p + 40 && f < low + end && *f; f++)
		files = !strncmp(f, " file a motion", 14) || !strncmp(f, " file its motion", 16) ||
			!strncmp(f, " file their motion", 18);
	/* ("Appellant Mom's motion": the role, then the name that owns it) */
	size_t q = p;
	for (int words = 0; words < 2 && low[p] != '\'' && low[q] == ' '; words++) {
		size_t w0 = ++q;
		while (ascii_isalpha((unsigned char)low[q]))
			q++;
		if (q == w0 || !text_is_upper(&r->t, w0))
			break;
		if (low[q] == '\'' && low[q + 1] == 's') {
			p = q;
			break;
		}
	}
	if (low[p] == '\'' && low[p + 1] == 's')
		p += 2;
	else if (low[p] == '\'')
		p++;
	else if (!(at >= 3 && !strncmp(low + at - 3, "by ", 3)) && !files)
		return 0; /* "<role>'s motion", "... by <role>", "<role> may file a motion" */
	while (low[p] == ' ')
		p++;
	int paper = (at >= 3 && !strncmp(low + at - 3, "by ", 3)) || files;
	for (int k = 0; papers[k] && !paper; k++)
		paper = !strncmp(low + p, papers[k], strlen(papers[k]));
	return paper;
}

/* Who moved or objected, as the paragraph says before offset end of the
 * normalised text: the last "<role>'s motion" (or objections, application,
 * request), "motion ... by <role>"; else a motion to dismiss (a
 * defendant's). 1 and the role in who, or 0. */
static int movant_before(const struct reader *r, size_t end, char *who, size_t len)
{
	const char *low = r->t.low;
	size_t pa = paragraph_start(low, end, 4000);
	const char *found = last_role_before(r, end, 4000, names_movant);
	if (!found && timex_find_phrase_before(low, "motion to dismiss", pa, end) >= 0)
		found = "defendant";
	/* (a motion for class certification is the plaintiffs': the class's) */
	if (!found && timex_find_phrase_before(low, "class certification", pa, end) >= 0)
		found = "plaintiff";
	if (found)
		snprintf(who, len, "%s", found);
	return found != NULL;
}

/* Does the paragraph before offset end of the normalised text (a docket
 * entry's length at most) name one of phrases? */
static int paragraph_names(struct reader *r, size_t end, const char *const *phrases)
{
	/* (the search ends at end: a long text is not read to its end for each
	 * duty) */
	char saved = r->t.low[end];
	r->t.low[end] = '\0';
	long at = timex_find_any(r->t.low, phrases, paragraph_start(r->t.low, end, 4000), NULL);
	r->t.low[end] = saved;
	return at >= 0;
}

/* Is the paragraph before end, in a bankruptcy case, a motion for relief
 * from the automatic stay or its notice (11 U.S.C. 362(d))? A response or
 * objection to it is the debtor's, whom the stay protects. */
static int stay_relief_before(struct reader *r, size_t end)
{
	static const char *const relief[] = {"relief from stay", "relief from the stay", "relief from automatic stay",
					     "relief from the automatic stay", "lift stay", "lift the stay",
					     "lift the automatic stay", NULL};
	return r->bankruptcy && paragraph_names(r, end, relief);
}

/* Is the paragraph before end, in a bankruptcy case, a petition's docket
 * entry or a notice of its deficiencies? What it lists as due with no party
 * named is the debtor's: the lists, schedules and statements the petition
 * lacks (FRBP 1007; "Chapter 11 Voluntary Petition ... Statement of Related
 * Case due 2/26/2010"; "Set Deficient Filing Deadlines. ... due by ..."). */
static int petition_entry_before(struct reader *r, size_t end)
{
	static const char *const entry[] = {"voluntary petition", "involuntary petition", "deficient filing",
					    "deficient filings", "deficiency", "deficiencies", "incomplete filings",
					    NULL};
	return r->bankruptcy && paragraph_names(r, end, entry);
}

/* The side whose brief the paragraph names before end ("Petitioner's brief
 * due ...", "Appellant's opening brief is due ..."), the last one named: 1
 * with who set, else 0. */
/* Does the role at [at, p) name a brief's owner ("Petitioner's brief",
 * "Appellant's opening brief")? */
static int names_brief(const struct reader *r, size_t at, size_t p, size_t end)
{
	static const char *const briefs[] = {" brief", " opening brief", " initial brief", NULL};
	const char *low = r->t.low;
	/* (one side's brief, not both sides' in simultaneous briefing: "the
	 * defendants' briefs with red covers") */
	if (p > at && low[p - 1] == 's')
		return 0;
	if (low[p] == '\'')
		p++;
	if (low[p] == 's' && low[p - 1] == '\'')
		p++;
	for (int b = 0; briefs[b]; b++)
		if (p + strlen(briefs[b]) <= end && !strncmp(low + p, briefs[b], strlen(briefs[b])))
			return 1;
	return 0;
}

static int brief_owner_before(const struct reader *r, size_t end, char *who, size_t len)
{
	const char *found = last_role_before(r, end, 2000, names_brief);
	if (found)
		snprintf(who, len, "%s", found);
	return found != NULL;
}

/* The papers that answer a motion or petition, and those that reply to the
 * answer (response_side, answering_side). */

/* Whose response or reply tokens [a, b) name, when the duty names no party:
 * in motion practice the response is the other side's and the reply the
 * movant's ("Plaintiff's Motion for Summary Judgment ... Response due by
 * 9/17/2010": the defendant's). */
void response_side(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	static const char *const others[] = {"cause", "court", "order", NULL};
	static const char *const objections[] = {"objection", "objections", NULL};
	int response = 0, reply = 0, objection = 0;
	int cause = 0;
	for (size_t i = a; i < b; i++) {
		cause |= token_is(&r->t, &r->tk.v[i], "cause");
		if (!cause && token_among(&r->t, &r->tk.v[i], others))
			return; /* a response to the court */
		response |= token_among(&r->t, &r->tk.v[i], responses);
		reply |= token_among(&r->t, &r->tk.v[i], replies);
		objection |= token_among(&r->t, &r->tk.v[i], objections);
	}
	/* a response to an order to show cause: in a bankruptcy case the
	 * debtor's ("Response to Show Cause Order due by 2/8/2010"), else
	 * whoever the order named */
	if (cause) {
		if (r->bankruptcy && response)
			snprintf(who, len, "debtor");
		return;
	}
	/* ("Motion for Relief from Stay ... filed by Creditor US Bank ...
	 * Objections due by 12/30/2009": the debtor's; in bankruptcy practice
	 * the objection is the response) */
	if ((response || objection) && !reply && stay_relief_before(r, tok_a(r, a))) {
		snprintf(who, len, "debtor");
		return;
	}
	char movant[32];
	if ((response || reply) && movant_before(r, tok_a(r, a), movant, sizeof movant)) {
		const char *side = reply ? movant : other_side(movant);
		if (side)
			snprintf(who, len, "%s", side);
		return;
	}
	/* a briefing schedule: the response brief answers the brief a side
	 * was given before it ("Petitioner's brief due November 18, 2024;
	 * Response brief due December 9, 2024"): the other side's */
	char opener[32];
	if (response && !reply && brief_owner_before(r, tok_a(r, a), opener, sizeof opener)) {
		const char *side = other_side(opener);
		if (side)
			snprintf(who, len, "%s", side);
	}
}

/* Whose is a response or reply that names what it answers, in tokens [a, b)
 * ("Any reply in support of Plaintiffs' motion for ...": the plaintiffs';
 * "Any opposition to Defendant's motion to dismiss": the plaintiff's; "Any
 * response to the petition": the respondent's)? 1 with who set, else 0 (the
 * party named is the movant's, not the paper's). */
int answering_side(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	int cls_motion = lexicon_class("motion"), response = 0, reply = 0;
	for (size_t i = a; i < b; i++) {
		/* "Defendant's response brief to the motion ...", docket text's
		 * "Respondent Response to Stay Motion due ...": the paper's owner */
		char owner[48];
		if (i > a && (token_among(&r->t, &r->tk.v[i], responses) || token_among(&r->t, &r->tk.v[i], replies)) &&
		    !response && !reply && party_of(&r->t, &r->tk, i - 1, i, &r->pc, owner, sizeof owner) == PARTY_ROLE) {
			snprintf(who, len, "%s", owner);
			return 1;
		}
		response |= token_among(&r->t, &r->tk.v[i], responses);
		reply |= token_among(&r->t, &r->tk.v[i], replies);
		/* "Any response to the petition": the respondent's (not in an
		 * appeal, where it answers a petition for rehearing, nor in a
		 * bankruptcy case, where the petition is the debtor's) */
		if (response && !reply && !r->appeal && !r->bankruptcy &&
		    token_is(&r->t, &r->tk.v[i], "petition")) {
			snprintf(who, len, "respondent");
			return 1;
		}
		if (i + 1 >= b)
			break;
		char movant[32];
		if ((response || reply) && token_has(&r->tk.v[i], r->cls_party, 0) &&
		    token_has(&r->tk.v[i + 1], cls_motion, 0) &&
		    party_of(&r->t, &r->tk, i, i + 1, &r->pc, movant, sizeof movant) == PARTY_ROLE) {
			const char *side = reply ? movant : other_side(movant);
			if (!side)
				return 0;
			snprintf(who, len, "%s", side);
			return 1;
		}
	}
	return 0;
}

/* Does a bare infinitive's noun phrase ("Plaintiff to file ...") name its
 * party: is its head a party? Not a phrase that merely has a party in it
 * ("The SPTO gave the parties instructions ..., including the instruction
 * to file ..."; "order appellant A.A. to file": the court's verb governs
 * that one). */
int infinitive_subject(struct reader *r, const struct frame_match *m)
{
	size_t a = m->slot_a[SLOT_WHO], b = m->slot_b[SLOT_WHO];
	if (a >= b)
		return 1;
	char who[48];
	size_t h = np_head(r, a, b);
	return party_of(&r->t, &r->tk, h, h + 1, &r->pc, who, sizeof who) != PARTY_NONE;
}

/* Where the title of the paper at token a begins: back over the capitalised
 * words before it, not before token floor ("Atty Disclosure | Statement due"). */
size_t paper_title_start(const struct reader *r, size_t floor, size_t a)
{
	while (a > floor && r->tk.v[a - 1].type == TK_WORD &&
	       (r->tk.v[a - 1].initcap || token_is(&r->t, &r->tk.v[a - 1], "of") ||
		token_is(&r->t, &r->tk.v[a - 1], "and")))
		a--;
	return a;
}

/* Whose brief tokens [a, b) name in an appeal or a petition, when no party
 * is named: the opening and reply briefs are the appellant's (or the
 * petitioner's), the answering brief the appellee's (or the respondent's):
 * "The optional reply brief is due within 21 days after service of the
 * answering brief."; "BRIEF [Response] due: 04/17/2019". */
void brief_side(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	static const char *const opening[] = {"opening", "reply", "replies", NULL};
	static const char *const answering[] = {"answering", NULL};
	int brief = 0, opener = 0, answerer = 0;
	for (size_t i = a; i < b; i++) {
		brief |= token_is(&r->t, &r->tk.v[i], "brief") || token_is(&r->t, &r->tk.v[i], "briefs");
		if (i + 1 < b && (token_is(&r->t, &r->tk.v[i + 1], "brief") || token_is(&r->t, &r->tk.v[i + 1], "briefs"))) {
			opener |= token_among(&r->t, &r->tk.v[i], opening);
			answerer |= token_among(&r->t, &r->tk.v[i], answering);
		}
		/* the docket's form, the kind in brackets after the word: "BRIEF
		 * [Opening] due", "BRIEF [Response] due" */
		if (i + 2 < b && (token_is(&r->t, &r->tk.v[i], "brief") || token_is(&r->t, &r->tk.v[i], "briefs")) &&
		    r->tk.v[i + 1].type == TK_PUNCT && r->t.low[r->tk.v[i + 1].a] == '[') {
			opener |= token_among(&r->t, &r->tk.v[i + 2], opening);
			answerer |= token_among(&r->t, &r->tk.v[i + 2], answering) ||
				    token_among(&r->t, &r->tk.v[i + 2], responses);
		}
	}
	if (!brief || opener == answerer)
		return;
	if (r->petition == r->appeal)
		return; /* which pair of sides the case has, the text does not say */
	snprintf(who, len, "%s", r->petition ? (opener ? "petitioner" : "respondent") : (opener ? "appellant" : "appellee"));
}

/* The head of the noun phrase [a, b): its last word, or the word before "of"
 * ("the Clerk of Court" -> Clerk; "Plaintiff's expert reports" -> reports). */
size_t np_head(const struct reader *r, size_t a, size_t b)
{
	/* (an adverb after the noun is not its head: "the Court previously") */
	int cls_adv = lexicon_class("adv-order"), cls_past = lexicon_class("adv-past");
	while (b > a + 1 && (token_has(&r->tk.v[b - 1], cls_adv, 0) || token_has(&r->tk.v[b - 1], cls_past, 0)))
		b--;
	/* (nor a parenthesis after it: 'Plaintiff Robert Mishkin ("Mishkin")') */
	if (b > a + 1 && r->tk.v[b - 1].type == TK_PUNCT && r->t.low[r->tk.v[b - 1].a] == ')') {
		size_t q = b - 1;
		while (q > a && !(r->tk.v[q].type == TK_PUNCT && r->t.low[r->tk.v[q].a] == '('))
			q--;
		if (q > a)
			b = q;
	}
	for (size_t i = a + 1; i < b; i++)
		if (token_is(&r->t, &r->tk.v[i], "of") || token_is(&r->t, &r->tk.v[i], "for") ||
		    (r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == ','))
			return i - 1;
	return b - 1;
}

/* The party a subject names: its head when that is a role ("The trial court
 * clerk" -> clerk), except a lawyer who stands for a party ("Plaintiff's
 * counsel", "counsel for plaintiff" -> plaintiff); else the first role in it;
 * else a name or pronoun. */
/* A name: a capitalised word the lexicon does not know. */
static int name_word(const struct token *k)
{
	return k->type == TK_WORD && k->initcap && !k->nhits && !(k->caps && k->b - k->a <= 3);
}

/* Lawyers commanded by name, with their role in apposition ("appointed
 * counsel, William M. Thursland,"; "Wayne Ted Wood and Irene Vela Cadena,
 * appellants' retained counsel,"): the first one's surname into who, 1; else
 * 0. (The annotation names a person by surname; a lawyer is not a party.) */
static int named_lawyer(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	size_t comma = a;
	while (comma < b && !(r->tk.v[comma].type == TK_PUNCT && r->t.low[r->tk.v[comma].a] == ','))
		comma++;
	if (comma >= b)
		return 0;
	int lawyer_before = 0, lawyer_after = 0;
	for (size_t i = a; i < b; i++) {
		int lawyer = token_is(&r->t, &r->tk.v[i], "counsel") || token_is(&r->t, &r->tk.v[i], "attorney");
		lawyer_before |= lawyer && i < comma;
		lawyer_after |= lawyer && i > comma;
	}
	/* the names: before the comma after a lawyer, or after it before one */
	size_t from = lawyer_before ? comma + 1 : a, to = lawyer_before ? b : comma;
	if (lawyer_before == lawyer_after)
		return 0;
	/* (not a phrase of manner: "The parties, in person or by counsel, must") */
	static const char *const manner[] = {"in", "by", "through", "with", "via", "or", NULL};
	if (lawyer_after && comma + 1 < b && token_among(&r->t, &r->tk.v[comma + 1], manner))
		return 0;
	size_t last = SIZE_MAX;
	for (size_t i = from; i < to; i++) {
		const struct token *k = &r->tk.v[i];
		if (name_word(k) && !token_is(&r->t, k, "the"))
			last = i;
		else if (k->type == TK_PUNCT && r->t.low[k->a] == '.')
			continue; /* "William M. Thursland" */
		else if (last != SIZE_MAX)
			break; /* "Wood | and Irene ...": the first name ends */
		else if (k->type == TK_WORD && !(k->caps && k->b - k->a == 1))
			return 0;
	}
	if (last == SIZE_MAX)
		return 0;
	snprintf(who, len, "%.*s", (int)(r->tk.v[last].b - r->tk.v[last].a), r->t.low + r->tk.v[last].a);
	return 1;
}

/* Does token k name a lawyer ("counsel", "attorney", "attorneys")? */
static int lawyer_word(const struct reader *r, const struct token *k)
{
	return token_is(&r->t, k, "counsel") || token_is(&r->t, k, "attorney") || token_is(&r->t, k, "attorneys");
}

/* The party a subject [a, b) names (reader.h): a lawyer by name, a person by
 * surname, else its head role, a lawyer standing for a side, or a name. */
enum party_how subject_party(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	if (named_lawyer(r, a, b, who, len))
		return PARTY_NAME;
	static const char *const firms[] = {"inc", "llc", "corp", "co", "ltd", "company", "corporation", "lp",
					    "llp", "pc", "na", "plc", "holdings", "group", "partners", "associates",
					    "enterprises", "industries", "bank", "incorporated", "limited", NULL};
	/* a firm's suffix set off by its comma, where the clause's subject
	 * begins ("Acme, | Inc. shall obtain new counsel", "... and Learning
	 * Solutions, | Inc. are granted leave"): the firm, by the word before
	 * the comma */
	if (a >= 2 && b > a && b - a <= 2 && token_among(&r->t, &r->tk.v[a], firms) && r->tk.v[a - 1].type == TK_PUNCT &&
	    r->t.low[r->tk.v[a - 1].a] == ',' && name_word(&r->tk.v[a - 2])) {
		const struct token *n = &r->tk.v[a - 2];
		snprintf(who, len, "%.*s", (int)(n->b - n->a), r->t.low + n->a);
		return PARTY_NAME;
	}
	size_t h = np_head(r, a, b);
	/* (a name's suffix is not its surname: "court reporter Luis Duran Jr.") */
	static const char *const suffixes[] = {"jr", "sr", "ii", "iii", "iv", "esq", NULL};
	if (h > a + 2 && r->tk.v[h].type == TK_PUNCT && r->t.low[r->tk.v[h].a] == '.' &&
	    token_among(&r->t, &r->tk.v[h - 1], suffixes))
		h -= 2;
	else if (h > a + 1 && token_among(&r->t, &r->tk.v[h], suffixes))
		h--;
	/* "Defendant Schedler must file", "Appellant's counsel Calvin Garvie is
	 * ordered": a named person is named by surname */
	const struct token *hk = &r->tk.v[h];
	if (h > a && name_word(hk)) {
		/* (a firm by its last word, or the suffix set off after it: "OSL
		 * Holdings, Inc.") */
		int firm = h + 2 < r->tk.n && r->tk.v[h + 1].type == TK_PUNCT && r->t.low[r->tk.v[h + 1].a] == ',' &&
			   token_among(&r->t, &r->tk.v[h + 2], firms);
		for (int i = 0; firms[i] && !firm; i++)
			firm = token_is(&r->t, hk, firms[i]);
		int role_before = 0;
		for (size_t i = a; i < h; i++)
			role_before |= token_has(&r->tk.v[i], r->cls_party, 0) && !r->tk.v[i].poss;
		int counsel_before = h >= a + 2 && (token_is(&r->t, &r->tk.v[h - 1], "counsel") ||
						    token_is(&r->t, &r->tk.v[h - 2], "counsel"));
		/* "President Judge Kelly is DIRECTED": a judge commanded by name */
		for (size_t i = a; i < h; i++)
			counsel_before |= token_is(&r->t, &r->tk.v[i], "judge") || token_is(&r->t, &r->tk.v[i], "justice");
		if (!firm && (role_before || counsel_before)) {
			snprintf(who, len, "%.*s", (int)(hk->b - hk->a), r->t.low + hk->a);
			return PARTY_NAME;
		}
	}
	if (token_has(&r->tk.v[h], r->cls_party, 0)) {
		int lawyer = lawyer_word(r, &r->tk.v[h]);
		/* "all parties and counsel", "the plaintiff and her attorney": a
		 * side joined with its lawyers is that side */
		for (size_t j = h; lawyer && j > a + 1 && h - j < 3; j--)
			if (token_is(&r->t, &r->tk.v[j - 1], "and") && token_has(&r->tk.v[j - 2], r->cls_party, 0) &&
			    !r->tk.v[j - 2].poss && !lawyer_word(r, &r->tk.v[j - 2]))
				return party_of(&r->t, &r->tk, j - 2, j - 1, &r->pc, who, len);
		/* "Counsel for defendants": the side counsel acts for (when that is
		 * the whole subject: "counsel for all parties" are counsel, and "the
		 * plaintiff and counsel for the defendants" both sides) */
		size_t q = h + 2;
		if (q < b && token_is(&r->t, &r->tk.v[q], "the"))
			q++;
		/* (not after a list's marker: "a) Counsel for Plaintiffs ... shall:") */
		int joined = a > 0 && (token_is(&r->t, &r->tk.v[a - 1], "and") ||
				       (r->tk.v[a - 1].type == TK_PUNCT && r->t.low[r->tk.v[a - 1].a] != ')'));
		if (lawyer && !joined && h <= a + 1 && q + 1 == b && token_is(&r->t, &r->tk.v[h + 1], "for") &&
		    token_has(&r->tk.v[q], r->cls_party, 0) && !token_is(&r->t, &r->tk.v[q], "parties") &&
		    !token_is(&r->t, &r->tk.v[q], "party"))
			return party_of(&r->t, &r->tk, q, q + 1, &r->pc, who, len);
		if (!(lawyer && h > a && r->tk.v[h - 1].poss && token_has(&r->tk.v[h - 1], r->cls_party, 0))) {
			/* with a hyphenated modifier: "the third-party defendant" */
			size_t from = h > a && !token_has(&r->tk.v[h - 1], r->cls_party, 0) ? h - 1 : h;
			return party_of(&r->t, &r->tk, from, h + 1, &r->pc, who, len);
		}
	}
	return party_of(&r->t, &r->tk, a, b, &r->pc, who, len);
}

/* Where the party the frame's own words name at its start ends ("Moving
 * party | to give notice": a @party word of the pattern, in no slot; or a role
 * whose time is set off by commas before its "to"), or 0. */
static size_t frame_words_party(struct reader *r, const struct frame_match *m)
{
	size_t i = m->start;
	for (; i < r->tk.n && i < m->start + 3 && !token_is(&r->t, &r->tk.v[i], "to"); i++)
		for (int s = 0; s < SLOT_COUNT; s++)
			if (i >= m->slot_a[s] && i < m->slot_b[s])
				return 0;
	if (i < r->tk.n && token_is(&r->t, &r->tk.v[i], "to") && i > m->start &&
	    token_has(&r->tk.v[i - 1], r->cls_party, 0))
		return i;
	/* (its time set off by commas between the role and its "to":
	 * "Defendants, no later than May 10, 2013, to file and serve ...") */
	size_t p = m->start + 1;
	if (p >= r->tk.n || !token_has(&r->tk.v[m->start], r->cls_party, 0) || r->tk.v[p].type != TK_PUNCT ||
	    r->t.low[r->tk.v[p].a] != ',')
		return 0;
	int timed = 0;
	for (size_t k = p + 1; k < r->tk.n && k <= p + 10; k++) {
		const struct token *t = &r->tk.v[k];
		timed |= t->type == TK_DATE || t->type == TK_PERIOD;
		if (t->type == TK_PUNCT && r->t.low[t->a] == ',')
			return timed && k + 1 < r->tk.n && token_is(&r->t, &r->tk.v[k + 1], "to") ? m->start + 1 : 0;
	}
	return 0;
}

/* The role that opens a list of names ending just before token b, the list
 * beginning at token a ("Defendants WP Company, LLC, ..., and"): only
 * capitalised words, commas, '&', '.' and "and" between them. */
enum party_how role_before_names(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	if (b == 0 || !(token_is(&r->t, &r->tk.v[b - 1], "and") || r->tk.v[b - 1].type == TK_PUNCT))
		return PARTY_NONE;
	for (size_t i = b; i-- > a;) {
		const struct token *k = &r->tk.v[i];
		/* (not in a relative clause: "Time Within Which Defendant X Must") */
		if (token_has(k, r->cls_party, 0) && k->initcap)
			return i + 1 < b && !(i > 0 && token_is(&r->t, &r->tk.v[i - 1], "which")) &&
					       party_of(&r->t, &r->tk, i, i + 1, &r->pc, who, len) == PARTY_ROLE
				       ? PARTY_ROLE
				       : PARTY_NONE;
		int ok = (k->type == TK_PUNCT && strchr(",&.", r->t.low[k->a])) || token_is(&r->t, k, "and") ||
			 (k->type == TK_WORD && k->initcap);
		if (!ok)
			return PARTY_NONE;
	}
	return PARTY_NONE;
}

int time_for_party(struct reader *r, size_t a, size_t b, char *who, size_t len)
{
	/* "the respondent's time to serve and file a brief", "Defendants'
	 * deadline to answer": the party whose time it is */
	static const char *const times_of[] = {"time", "deadline", "date", NULL};
	for (size_t i = a; i + 1 < b; i++)
		if (r->tk.v[i].poss && token_among(&r->t, &r->tk.v[i + 1], times_of)) {
			enum party_how how = party_of(&r->t, &r->tk, i, i + 1, &r->pc, who, len);
			if (how == PARTY_ROLE || how == PARTY_NAME || how == PARTY_BODY) /* ("Workfront's deadline to file") */
				return 1;
		}
	for (size_t i = a; i + 2 < b; i++) {
		if (!token_is(&r->t, &r->tk.v[i], "for"))
			continue;
		for (size_t to = i + 2; to < b && to <= i + 6; to++)
			if (token_is(&r->t, &r->tk.v[to], "to")) {
				if (party_of(&r->t, &r->tk, i + 1, to, &r->pc, who, len) == PARTY_ROLE)
					return 1;
				break;
			}
	}
	who[0] = '\0';
	return 0;
}

enum party_how commanded_party(struct reader *r, const struct frame_match *m, size_t ra, char *who, size_t len)
{
	enum party_how how = PARTY_NONE;
	size_t role_end;
	if (m->slot_a[SLOT_WHO] < m->slot_b[SLOT_WHO])
		how = subject_party(r, m->slot_a[SLOT_WHO], m->slot_b[SLOT_WHO], who, len);
	/* "Moving party to give notice.": a frame with no noun phrase of its
	 * own names the party by its role in its own words, before its "to" */
	else if ((role_end = frame_words_party(r, m)) > 0)
		how = subject_party(r, m->start, role_end, who, len);
	/* "we will grant the motion and order Terry Wesley Baker to file ...":
	 * the court's verb of command opened the noun phrase; its object is the
	 * party */
	if (how == PARTY_NONE && m->slot_b[SLOT_WHO] - m->slot_a[SLOT_WHO] >= 2 &&
	    token_has(&r->tk.v[m->slot_a[SLOT_WHO]], lexicon_class("order"), LF_BASE | LF_PRES))
		how = subject_party(r, m->slot_a[SLOT_WHO] + 1, m->slot_b[SLOT_WHO], who, len);
	/* "If plaintiff has reasons ..., he shall submit them": a pronoun stands
	 * for the party named before it in the sentence that agrees with it in
	 * number, before any named in the sentences before; one that is its
	 * sentence's subject before a possessive ("If plaintiff intends to
	 * respond to defendants' motion, he must ..."; but "Per the parties'
	 * report, the Court ORDERS that they shall ...") */
	if ((how == PARTY_NONE || how == PARTY_PRONOUN) && m->slot_b[SLOT_WHO] - m->slot_a[SLOT_WHO] == 1 &&
	    token_has(&r->tk.v[m->slot_a[SLOT_WHO]], lexicon_class("pronoun"), 0) &&
	    !token_is(&r->t, &r->tk.v[m->slot_a[SLOT_WHO]], "it")) {
		static const char *const plurals[] = {"they", "them", "their", NULL};
		int plural = token_among(&r->t, &r->tk.v[m->slot_a[SLOT_WHO]], plurals);
		size_t found = SIZE_MAX;
		for (int agree = 1; agree >= 0 && found == SIZE_MAX; agree--) /* (else "neither Party ... they") */
			for (size_t i = m->slot_a[SLOT_WHO]; i-- > 0;) {
				const struct token *k = &r->tk.v[i];
				if (!token_has(k, r->cls_party, 0) || (agree && (r->t.low[k->b - 1] == 's') != plural))
					continue;
				if (found == SIZE_MAX || (r->tk.v[found].poss && !k->poss))
					found = i;
				if (!k->poss)
					break;
			}
		if (found != SIZE_MAX)
			how = party_of(&r->t, &r->tk, found, found + 1, &r->pc, who, len);
		/* (or a person its condition names, by surname: "If Walker would
		 * like to pursue this action, he must, within twenty-one (21) days
		 * ..., file ...") */
		static const char *const conditions[] = {"if", "when", "unless", "once", "should", NULL};
		for (size_t i = 0; found == SIZE_MAX && !plural && i + 1 < m->slot_a[SLOT_WHO]; i++)
			if (token_among(&r->t, &r->tk.v[i], conditions) && name_word(&r->tk.v[i + 1])) {
				size_t n = i + 1;
				while (n + 1 < m->slot_a[SLOT_WHO] && name_word(&r->tk.v[n + 1]))
					n++;
				const struct token *k = &r->tk.v[n];
				snprintf(who, len, "%.*s", (int)(k->b - k->a), r->t.low + k->a);
				how = PARTY_NAME;
				break;
			}
	}
	/* "Defendants WP Company, LLC, NBCUniversal Media, LLC, and Dow Jones &
	 * Company, Inc. shall ...": the last of a list of names the role before
	 * them introduces */
	if (how == PARTY_NONE && m->slot_a[SLOT_WHO] < m->slot_b[SLOT_WHO])
		how = role_before_names(r, ra, m->slot_a[SLOT_WHO], who, len);
	/* "We order Hipolita Lopez, the official court reporter, to file ...":
	 * the role in apposition to a name the court's verb commands; the
	 * person is named by surname */
	size_t a = m->slot_a[SLOT_WHO];
	if (how == PARTY_ROLE && a >= 3 && a < m->slot_b[SLOT_WHO] && r->tk.v[a - 1].type == TK_PUNCT &&
	    r->t.low[r->tk.v[a - 1].a] == ',' && name_word(&r->tk.v[a - 2])) {
		size_t s = a - 2;
		while (s > 0 && a - s < 4 && (name_word(&r->tk.v[s - 1]) || (r->tk.v[s - 1].type == TK_PUNCT &&
									     r->t.low[r->tk.v[s - 1].a] == '.')))
			s--;
		if (s > 0 && token_has(&r->tk.v[s - 1], lexicon_class("order"), 0)) {
			const struct token *k = &r->tk.v[a - 2];
			snprintf(who, len, "%.*s", (int)(k->b - k->a), r->t.low + k->a);
			how = PARTY_NAME;
		}
	}
	return how;
}

/* Is the clause, tokens [ra, rb), a row of a schedule, its label set off
 * from its date by a colon ("Motions in limine due: 30 March 2015", a dot
 * leader read as one)? Its party is then none of the rows' before it. */
static int schedule_row(const struct reader *r, size_t ra, size_t rb)
{
	for (size_t i = ra + 1; i < rb; i++)
		if (r->tk.v[i].type == TK_DATE && r->tk.v[i - 1].type == TK_PUNCT && r->t.low[r->tk.v[i - 1].a] == ':')
			return 1;
	return 0;
}

enum who_basis obligation_party(struct reader *r, const struct frame_match *m, enum frame_kind kind, const char *fname,
				size_t ra, size_t rb, enum party_how how, char *who, size_t len)
{
	/* whose paper the thing due or set is, by its whole title ("Atty
	 * Disclosure Statement due ...", "Creditor Matrix Due: ...": the debtor's) */
	size_t pa = m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] ? m->slot_a[SLOT_WHAT] : m->slot_a[SLOT_EVENT],
	       pb = m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] ? m->slot_b[SLOT_WHAT] : m->slot_b[SLOT_EVENT];
	char paper_owner[32] = "";
	/* "Moving party to give notice": the side whose motion the paragraph
	 * names before, if it does ("Defendant's Motion to Compel ... is
	 * GRANTED") */
	char side[32];
	if (!strcmp(who, "movant") && movant_before(r, tok_a(r, m->start), side, sizeof side))
		snprintf(who, len, "%s", side);
	if (how == PARTY_NONE && !who[0] && pa < pb)
		owner_of_paper(r, paper_title_start(r, ra, pa), pb, paper_owner, sizeof paper_owner);
	/* the thing due or set names its party by role only ("Plaintiff's brief");
	 * capitalised words there are a title ("Incomplete Filings"), not a name;
	 * but a debtor's paper is the debtor's whoever it names ("Creditor Matrix") */
	if (how == PARTY_NONE && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT])
		answering_side(r, m->slot_a[SLOT_WHAT], m->slot_b[SLOT_WHAT], who, len);
	/* (from the clause's start: the noun phrase of a time enlarged may
	 * have been cut at a joined verb, "the respondent's time to serve and
	 * file a brief is enlarged") */
	if (how == PARTY_NONE && !who[0] && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT]) {
		size_t from = m->slot_a[SLOT_WHAT];
		while (from > 0 && m->slot_a[SLOT_WHAT] - from < 12 && r->tk.v[from - 1].type != TK_PUNCT &&
		       !token_is(&r->t, &r->tk.v[from - 1], "that"))
			from--;
		time_for_party(r, from, m->slot_b[SLOT_WHAT], who, len);
	}
	int event_set = (kind == FK_SETTING || kind == FK_HEARING) && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] &&
			match_has_class(r, m->slot_a[SLOT_WHAT], m->slot_b[SLOT_WHAT], r->cls_event);
	/* (what "No parties may be added by plaintiff after ..." adds is no
	 * party; nor is the party an event set is about: "the hearing on
	 * defendants Motion for Summary Judgment is CONTINUED", every party's) */
	for (int s = SLOT_WHAT; how == PARTY_NONE && !who[0] && s <= SLOT_EVENT && strcmp(fname, "no-after"); s++) {
		size_t b = m->slot_b[s];
		for (size_t i = m->slot_a[s]; event_set && s == SLOT_WHAT && i < b; i++)
			if (token_has(&r->tk.v[i], r->cls_event, 0))
				b = i + 1;
		if (m->slot_a[s] < b && party_of(&r->t, &r->tk, m->slot_a[s], b, &r->pc, who, len) != PARTY_ROLE)
			who[0] = '\0';
	}
	if (how == PARTY_NONE && !strcmp(paper_owner, "debtor"))
		utf8_copy(who, len, paper_owner);
	/* "Plaintiff(s) Expert Witness Disclosures and Reports due by ...": the
	 * role that opens the clause of a paper due */
	if (!who[0] && kind == FK_DEADLINE && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] && ra < m->slot_a[SLOT_WHAT] &&
	    paper_title_start(r, ra + 1, m->slot_a[SLOT_WHAT]) == ra + 1 &&
	    party_of(&r->t, &r->tk, ra, ra + 1, &r->pc, who, len) != PARTY_ROLE)
		who[0] = '\0';
	/* "Brief due 03/02/2016 for petitioner ...": the party after "for" or "by"
	 * (not an event's: "Jury Trial reset for 3/17/2009 at 09:00 AM, 08:30 AM
	 * for counsel" says when counsel come); "Appeal Transcript Due
	 * (Appellant) 4/10/2026": the role in brackets after it */
	for (size_t i = m->anchor; !who[0] && !event_set && i + 1 < rb; i++)
		if ((token_is(&r->t, &r->tk.v[i], "for") || token_is(&r->t, &r->tk.v[i], "by") ||
		     token_is(&r->t, &r->tk.v[i], "from") ||
		     (i + 2 < rb && r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == '(' &&
		      r->tk.v[i + 2].type == TK_PUNCT && r->t.low[r->tk.v[i + 2].a] == ')')) &&
		    party_of(&r->t, &r->tk, i + 1, i + 2, &r->pc, who, len) != PARTY_ROLE)
			who[0] = '\0';
	/* what follows infers the party from outside the clause */
	int who_named = who[0] != '\0';
	if (!who[0])
		utf8_copy(who, len, paper_owner);
	/* "an extension of time for the filing of appellant's brief": the side
	 * whose paper the duty files (a side's: the "clerk's record" and the
	 * "reporter's record" are kinds of record) */
	int filing = lexicon_class("filing");
	for (size_t i = m->slot_a[SLOT_ACTION]; !who[0] && kind == FK_DEADLINE && i + 1 < m->slot_b[SLOT_ACTION]; i++)
		if (r->tk.v[i].poss && token_has(&r->tk.v[i + 1], filing, 0) &&
		    (party_of(&r->t, &r->tk, i, i + 1, &r->pc, who, len) != PARTY_ROLE || !other_side(who)))
			who[0] = '\0';
	/* "Extends to 24 May 2019 the time-limit for the filing of the Memorial
	 * of the Islamic Republic of Iran": the owner the paper filed names */
	if (!who[0] && kind != FK_HEARING && !event_set)
		for (int s = SLOT_ACTION; s >= SLOT_WHAT && !who[0]; s--)
			if (m->slot_a[s] < m->slot_b[s])
				paper_of_named(r, m->slot_a[s], m->slot_b[s], who, len);
	/* "Appellant's motion is GRANTED. Her brief is due on ...": a paper
	 * named by a possessive pronoun is the movant's */
	static const char *const possessives[] = {"her", "his", "its", "their", NULL};
	if (!who[0] && kind == FK_DEADLINE && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] &&
	    token_among(&r->t, &r->tk.v[m->slot_a[SLOT_WHAT]], possessives) &&
	    !movant_before(r, tok_a(r, m->slot_a[SLOT_WHAT]), who, len))
		who[0] = '\0';
	/* (a brief its kind gives a side, "The optional reply brief is due ...":
	 * that side's, whoever moved for the extension before it) */
	if (!who[0] && kind != FK_SETTING && kind != FK_HEARING && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT])
		brief_side(r, paper_title_start(r, ra, m->slot_a[SLOT_WHAT]), m->slot_b[SLOT_WHAT], who, len);
	if (!who[0] && kind != FK_SETTING && kind != FK_HEARING)
		extension_owner(r, who, len);
	if (!who[0] && kind != FK_SETTING && kind != FK_HEARING && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT])
		response_side(r, m->slot_a[SLOT_WHAT], m->slot_b[SLOT_WHAT], who, len);
	if (!who[0] && kind == FK_DEADLINE && petition_entry_before(r, tok_a(r, m->anchor)))
		snprintf(who, len, "debtor");
	if (!who[0] && m->slot_a[SLOT_WHAT] < m->slot_b[SLOT_WHAT] && r->pc.last[0] && kind != FK_SETTING &&
	    kind != FK_HEARING && strcmp(fname, "absent-filing") /* (a right to object is any party's) */ &&
	    strcmp(fname, "closes") /* (a period that closes closes for every party: "Fact discovery will close") */ &&
	    !schedule_row(r, ra, rb))
		utf8_copy(who, len, r->pc.last); /* a passive duty: the party before */
	enum who_basis basis = !who[0] ? WHO_ASSUMED : who_named ? WHO_NAMED : WHO_INFERRED;
	if (!who[0])
		snprintf(who, len, "parties");
	return basis;
}

/* The party an "and-gapped" match names first ("and defendant its response
 * by June 1"), into who and *how; returns where its gapped thing begins. */
size_t gapped_party(struct reader *r, const struct frame_match *m, char *who, size_t len, enum party_how *how)
{
	size_t a = m->slot_a[SLOT_WHAT];
	/* (with its article: "and the United States a Counter-Memorial by ...") */
	size_t p = a + 1 < m->slot_b[SLOT_WHAT] && is_article(&r->t, &r->tk.v[a]) ? a + 1 : a;
	if (*how == PARTY_NONE && p < m->slot_b[SLOT_WHAT] &&
	    party_of(&r->t, &r->tk, p, p + 1, &r->pc, who, len) == PARTY_ROLE) {
		*how = PARTY_ROLE;
		return p + 1;
	}
	if (*how == PARTY_NONE)
		who[0] = '\0';
	return a;
}
