/*
 * reader.h: the order reader's own state, and what its files share (private
 * to src/extract: not installed, not included from outside it). extract.c
 * reads an order segment by segment; output.c writes what it finds, whose.c
 * says whose duty it is, vetoes.c why a command-like clause is not operative,
 * rows.c reads schedules and lists.
 */
#ifndef DL_EXTRACT_READER_H
#define DL_EXTRACT_READER_H

#include <stddef.h>

#include "extract.h"
#include "frames.h"
#include "party.h"
#include "text.h"
#include "times.h"
#include "tokens.h"

/* How far the order's decretal part is known to have begun (reader.decretal). */
enum { DECRETAL_NONE, DECRETAL_TITLE, DECRETAL_MARKED };

struct reader {
	struct text t;
	const char *orig;
	size_t orig_len;
	struct segment *seg;
	size_t nseg;
	struct tokens tk;
	struct frame_matches fm;
	dl_day entered;
	int explain;            /* keep notes of what was not taken */
	int title_stay;
	char *title_until;      /* the end a stay motion names, from the title */
	size_t title_until_at;  /* where in the text that end is named */
	int decretal;           /* the decretal part has begun: DECRETAL_TITLE after the
				   title "ORDER" in capitals, DECRETAL_MARKED after "IT IS
				   ORDERED" or a decretal verb ("The Court ORDERS ...") */
	int background;         /* in a section headed BACKGROUND or PROCEDURAL HISTORY */
	char *scope;            /* the last "X shall be limited to ..." */
	struct party_ctx pc;
	char list_who[48];      /* "The clerk shall:" — the party of the list items that follow */
	const char *list_frame;
	int bankruptcy;         /* the order is in a bankruptcy case (names a debtor or a chapter) */
	int class_settlement;   /* the order approves or schedules a class settlement (whose.c:
				   objections and exclusions are the class members') */
	int public_notice;      /* the order is a notice that invites the public to comment or
				   intervene (whose.c: comments and protests are any
				   interested person's) */
	int petition, appeal;   /* its sides are petitioner and respondent, or appellant and
				   appellee (brief_side) */
	int schedule;           /* a heading ("... by the indicated dates:") introduced rows, of list_who */
	size_t row_after;       /* 1 + the index of the last segment read as a row of a schedule (or as
				   a row's note between rows), or 0 */
	/* "each party shall file, by August 26, 2011:" — its list's items are papers
	 * due then: the verb and time they take, and the heading's own obligation
	 * (dropped when two items or more stand for it) */
	char list_verb[40];
	struct times list_tm;
	int list_timed;
	size_t list_head;       /* index in out->items, or SIZE_MAX */
	int list_items;
	int list_either;        /* the heading offers its items as alternatives ("shall either:") */
	int list_reported;      /* the heading recites or reports ("The Motion seeks the following relief:"):
				 * its items are what was asked or done, no rows of a schedule */
	size_t list_first;      /* the obligation the list's first item made (out->items), or SIZE_MAX */
	size_t list_head_at;    /* where the heading's sentence begins (normalised text) */
	int cut;                /* this segment is the text's last, cut off mid-sentence */
	int in_quote;           /* a quotation opened in a segment before is still open */
	int void_entry;         /* this paragraph is a docket entry marked "ENTERED IN ERROR" */
	int debug_segments;     /* DL_DEBUG_SEGMENTS is set: print segments and matches */
	uint8_t *seg_facts;     /* per segment: SF_* bits, what rows.c has judged of it once */
	size_t cur_seg;         /* the segment being read */
	char seg_end_char;      /* the byte after it, which read_segment sets to '\0' */
	size_t last_item_seg;   /* the segment the last obligation was made in */
	char sentence_who[48];  /* the party of the segment's last duty frame (for "and shall ...") */
	struct times last_time; /* the time of the last obligation that stated one ("by that date") */
	int have_last_time;
	struct extraction *out;
	size_t cap, notes_cap;
	/* per segment */
	const char **veto;      /* per match: why it is not taken, or NULL */
	size_t veto_cap;
	int cls_event, cls_attend, cls_set, cls_stay, cls_party, cls_act;
};

/* The normalised text's byte at p, the one read_segment hides at the end of
 * the segment being read included. */
static inline char low_at(const struct reader *r, size_t p)
{
	return p == r->seg[r->cur_seg].end ? r->seg_end_char : r->t.low[p];
}

/* Where token i of the current segment begins in the normalised text. */
static inline size_t tok_a(const struct reader *r, size_t i)
{
	return r->tk.v[i].a;
}

/* Where token i ends, with its possessive ('s, s') if it has one. (The token
 * ends at the apostrophe in both: two more bytes for "Plaintiff's", one for
 * "defendants'", which may be the text's last.) */
static inline size_t tok_b(const struct reader *r, size_t i)
{
	const char *end = r->t.low + r->tk.v[i].b;
	return r->tk.v[i].b + (r->tk.v[i].poss ? (end[0] == '\'' && end[1] == 's' ? 2 : 1) : 0);
}

/* Is token i a day of the week ("Monday")? */
static inline int token_is_weekday(const struct reader *r, size_t i)
{
	const struct token *k = &r->tk.v[i];
	return k->type == TK_WORD && timex_weekday(r->t.low, k->a) >= k->b - k->a;
}

/* Is token i the comma of "Monday, January 26, 2015": a weekday's before its date? */
static inline int weekday_comma(const struct reader *r, size_t i)
{
	return i > 0 && i + 1 < r->tk.n && r->tk.v[i].type == TK_PUNCT && r->t.low[r->tk.v[i].a] == ',' &&
	       token_is_weekday(r, i - 1) && r->tk.v[i + 1].type == TK_DATE;
}

/* ---- extract.c: the reading ---- */

/* A copy of the text [a, b), in its case, without the spaces, commas and colons around it (nor a final '.' or ';'). */
char *trimmed_copy(const struct text *t, size_t a, size_t b);
/* Does a token in [a, b) have lexicon class cls? */
int match_has_class(const struct reader *r, size_t a, size_t b, int cls);
/* Does a condition ("if", "when", "upon", "whenever") open tokens [from, end), before a duty? */
int conditional(const struct reader *r, size_t from, size_t end);
/* Does token i open a condition by inversion ("Should the parties fail to
 * settle, ...", "should appellant file a request")? */
int inverted_condition(const struct reader *r, size_t i);

/* ---- action.c: what an obligation commands be done ---- */

/* The action: the verb phrase from token i (to token end), without its time expressions. */
char *action_from(const struct reader *r, size_t i, size_t end);
/* The lemma of the act whose past participle token i is ("filed" -> "file"), or NULL. */
const char *act_pp_lemma(const struct reader *r, size_t i);
/* The first verb of an act in tokens (a, b), or a when there is none: where
 * a duty's own words begin after its modal ("shall, by May 1, file"). */
size_t first_verb(const struct reader *r, size_t a, size_t b);
/* The action of operative match m, whose clause is tokens [ra, rb), in the
 * active voice and without its time (hearing: it attends an event);
 * gap_thing is where an "and-gapped" clause's thing begins, prev the
 * obligation the sentence made before it. */
char *obligation_action(const struct reader *r, const struct frame_match *m, int hearing, size_t ra, size_t rb,
			size_t gap_thing, const struct extracted *prev);

/* ---- refusals.c: why a duty found is not calendared ---- */

/* Why the form of operative match m (its clause from token ra; prev the
 * obligation the sentence made before) makes no obligation here: the note,
 * "" when it needs none, or NULL when it may make one. */
const char *form_refusal(const struct reader *r, const struct frame_match *m, size_t ra,
			 const struct extracted *prev);

/* Why a duty that states no time is not calendared, or NULL (m's clause is
 * tokens [ra, rb), its act at act_at; tm its missing time). */
const char *untimed_refusal(const struct reader *r, const struct frame_match *m, const char *who, size_t ra,
			    size_t rb, size_t act_at, const struct times *tm);
/* Do tokens [a, b) hold the court's own tickler, a date followed by
 * "check for" ("February 3, 2021: check for Respondents' answer")? */
int court_tickler(const struct reader *r, size_t a, size_t b);
/* Does the noun phrase that opens match m begin with "no" ("No hearing
 * will be held"), not a time said first ("No later than ...")? */
int negated_subject(const struct reader *r, const struct frame_match *m);
/* Does the verb at token i name one of the clerk's ministerial acts? */
int clerk_ministerial(const struct reader *r, size_t i);
/* Is the clerk that frame m commands this court's own, not a lower court's? */
int own_clerk(const struct reader *r, const struct frame_match *m, size_t ra);
/* Does the segment announce, as the court's present act, what follows it? */
int announces_operative(const struct reader *r);

/* ---- stays.c: stays ---- */

/* The until-obligation of stay frame m, its clause ending at token rb and
 * spanning bytes [ba, bb): 1 if one was made (else a note says why not). */
int stay_obligation(struct reader *r, const struct frame_match *m, size_t rb, size_t ba, size_t bb);
/* (stays.c's) Do tokens [a, b) name a restraint that lasts until an end
 * (a stay, an injunction, a TRO, an abeyance, a seal)? */
int names_restraint(const struct reader *r, size_t a, size_t b);

/* ---- when.c: when a duty is due ---- */

/* A duty with no time gets the period one of the defaults presumes, if one applies. */
void presume_period(struct extracted *e);
/* An obligation's date, time of day, period and basis from the times its clause states. */
void fill_times(struct extracted *e, const struct times *tm);
/* The times of the clause [ra, rb) (bytes), from the frame's anchor, else its
 * beginning (a time phrase before the frame's subject, which begins at byte
 * subject, names an event that ends there); a "thereafter" named by the
 * obligation before it. */
void clause_times(struct reader *r, size_t ra, size_t subject, size_t anchor, size_t rb, int hearing,
		  struct times *tm);
/* The time a phrase set off before the clause beginning at token ra states,
 * into tm, when the clause states none: the byte where the phrase begins, or
 * SIZE_MAX when there is none. */
size_t leading_time(struct reader *r, size_t ra, int hearing, struct times *tm);
/* For a period the duty states bare ("within 30 days"), the event a temporal
 * clause opening the sentence names ("Once plaintiff receives this
 * information, he must, within 30 days, file"), its clause ending at ra. */
void fronted_event(const struct reader *r, size_t ra, struct times *tm);

/* ---- tidy.c: once every segment is read ---- */

/* The order's text as tidy reads it: the original, and where in it the
 * normalised text's paragraph breaks fall (offsets, ascending). */
struct order_text {
	const char *text;
	const size_t *breaks;
	size_t nbreaks;
};
/* Merge the obligations that complete others (a series' first date, a
 * paper's due date after its duty) and drop repeats (ot: the order;
 * entered: its date, or DATE_NONE). */
void tidy(struct extraction *x, const struct order_text *ot, dl_day entered);
/* The doubts read from each obligation as made; the decretal part's only
 * when the order has one. */
void assess(struct extraction *x, int has_decretal);

/* ---- output.c: what the reader writes ---- */

/* A new obligation at the end of the extraction, with nothing known yet. */
struct extracted *new_item(struct reader *r);
/* Free what an obligation holds (not the obligation itself). */
void item_free(struct extracted *e);
/* Quote normalised [a, b) exactly (a row of a schedule stands on its own). */
void set_quote_exact(struct reader *r, struct extracted *e, size_t a, size_t b);
/* Quote the clause [a, b): its whole sentence when short, else from the clause. */
/* The sentence before segment si on its line, past citations between them
 * ("... to the Complaint. (Doc. # 9 ). Responses due ..."), or SIZE_MAX. */
size_t sentence_before(const struct reader *r, size_t si);
void set_quote(struct reader *r, struct extracted *e, size_t a, size_t b);
/* A note (with --explain) on the original text [qs, qe); takes why. */
void add_note_at(struct reader *r, size_t qs, size_t qe, const char *frame, char *why);
/* A note (with --explain) on the normalised text [a, b); takes why. */
void add_note(struct reader *r, size_t a, size_t b, const char *frame, char *why);
/* Mark the frame of m and the lexicon entries it matched as used. */
void mark_used(struct reader *r, const struct frame_match *m);

/* ---- whose.c: whose duty it is ---- */

/* The head of the noun phrase in tokens [a, b). */
size_t np_head(const struct reader *r, size_t a, size_t b);
/* The party the subject in tokens [a, b) names, into who. */
enum party_how subject_party(struct reader *r, size_t a, size_t b, char *who, size_t len);
/* The role that opens a list of names in tokens [a, b) ("Defendants WP Company, LLC, ... and"). */
enum party_how role_before_names(struct reader *r, size_t a, size_t b, char *who, size_t len);
/* Where the title of the paper at token a begins, not before token floor. */
size_t paper_title_start(const struct reader *r, size_t floor, size_t a);
/* Whose paper or event tokens [a, b) name (debtor, creditors, appellant), into who. */
void owner_of_paper(struct reader *r, size_t a, size_t b, char *who, size_t len);
/* The owner a paper in tokens [a, b) names after "of the" ("the Memorial of
 * the Government of Iceland"), into who; who is left as it was if none. */
void paper_of_named(struct reader *r, size_t a, size_t b, char *who, size_t len);
/* Whose time an order granting an extension gives: the movant, or the paper's owner. */
void extension_owner(struct reader *r, char *who, size_t len);
/* Whose response or reply tokens [a, b) name: the movant's other side, or the movant. */
void response_side(struct reader *r, size_t a, size_t b, char *who, size_t len);
/* Whose a response or reply naming the motion it answers is ("Any reply in
 * support of Plaintiffs' motion"); 1 when it is one. */
int answering_side(struct reader *r, size_t a, size_t b, char *who, size_t len);
/* Does a bare infinitive's noun phrase name its party ("Plaintiff to file")? */
int infinitive_subject(struct reader *r, const struct frame_match *m);
/* The party of a time or deadline named "for PARTY to V" in tokens [a, b)
 * ("The time for cross-appellant to order a transcript"), into who; 1 if found. */
int time_for_party(struct reader *r, size_t a, size_t b, char *who, size_t len);
/* The party frame match m commands by its subject ({who}), or a pronoun's
 * party, or the role before a list of names; PARTY_NONE if none (who ""). */
enum party_how commanded_party(struct reader *r, const struct frame_match *m, size_t ra, char *who, size_t len);
/* How an obligation's party was found: named in its clause, inferred from
 * the order (the paper's owner, the movant, the party named before), or
 * assumed (every party). */
enum who_basis { WHO_NAMED, WHO_INFERRED, WHO_ASSUMED };
/* The party of the obligation of match m (clause [ra, rb)) whose subject gave
 * who (how; who may also hold a joined verb's party): by the paper's title and
 * owner, "for PARTY", the movant, the other side, the party named before, else
 * "parties". */
enum who_basis obligation_party(struct reader *r, const struct frame_match *m, enum frame_kind kind, const char *fname,
				size_t ra, size_t rb, enum party_how how, char *who, size_t len);
/* The party an "and-gapped" match names first ("and defendant its response
 * by June 1"), into who and *how; returns where its gapped thing begins. */
size_t gapped_party(struct reader *r, const struct frame_match *m, char *who, size_t len, enum party_how *how);
/* Whose brief tokens [a, b) name in an appeal or a petition. */
void brief_side(struct reader *r, size_t a, size_t b, char *who, size_t len);

/* ---- vetoes.c: why a clause is not operative ---- */

/* Veto operative frames in a question, a non-operative clause, a cross-reference, a noun phrase. */
void apply_vetoes(struct reader *r);
/* Does a reported frame's subject name a party ("Plaintiff argues"), and not
 * a thing the party made ("Plaintiff's expert reports are due")? */
int reporter_is_party(const struct reader *r, const struct frame_match *v);
/* Veto the operative frames inside a quotation. */
void quoted_vetoes(struct reader *r);
/* Veto every operative frame of a sentence that opens with a past date. */
void narrative_veto(struct reader *r);
/* Drop the matches that only look like their frame: a gapped clause whose
 * noun phrase holds a clause of its own, a remand spoken of ("We decline to
 * remand ..."), a form an order that grants no stay cannot hold; before the
 * vetoes, which they would otherwise steer. */
void drop_mistaken_forms(struct reader *r);
/* +1 a heading of the case's history (BACKGROUND), -1 one that reasons or orders, else 0. */
int section_heading(const struct reader *r, const struct segment *sg);
/* events.c: what a setting or an attendance sets. */
/* Is token i a word for a whole case ("appeal", "case", "matter")? */
int names_case(const struct reader *r, size_t i);
/* Do tokens [a, b) name a case by its caption, names either side of "v."
 * or "vs." ("Munoz v. Tarlton & Co."), or end one whose "v." is just
 * before a? */
int names_caption(const struct reader *r, size_t a, size_t b);
/* Does setting m's thing name a stay ("the abatement ... is continued for
 * thirty days"), not an event ("The stay hearing is continued to ...")? */
int continues_stay(const struct reader *r, const struct frame_match *m);
/* ... or put off a whole class of events to a day or an order ("All
 * proceedings ... are continued until April 15, 2020"): held, no event set? */
int setting_holds(const struct reader *r, const struct frame_match *m);
/* Does match m, whose clause ends at token rb and whose act is at act_at,
 * name an event: *hearing 1 if so (a setting of one, an act attending one),
 * else 0; NULL, or why it is no setting at all (a note). prev is the
 * obligation the sentence made before it, if any. */
const char *event_kind(struct reader *r, const struct frame_match *m, size_t rb, size_t act_at,
		       const struct extracted *prev, int *hearing);
/* The day setting m sets, into tm: the first date after its verb. */
void setting_day(struct reader *r, const struct frame_match *m, size_t rb, struct times *tm);
/* Does an event named in tokens [a, b) match a hearing extracted before it? */
int event_set_before(const struct reader *r, size_t a, size_t b);
/* Is an event's date, due, one it must be held by ("no later than")? */
int held_by(const struct reader *r, const struct frame_match *m, dl_day due);
/* Is the date due set ahead by the clause ("set for DATE", "continued to DATE")? */
int set_ahead(const struct reader *r, const struct frame_match *m, dl_day due);

/* Is setting m's verb a participle with no auxiliary ("a hearing scheduled for")? */
int setting_reduced(const struct reader *r, const struct frame_match *m);
/* Does setting m only name the event a finite verb after it moves or ends? */
int setting_names_subject(const struct reader *r, const struct frame_match *m);
/* "Nor does it remove the pretrial conference scheduled for January 10";
 * "given the settings, including mediation set for October 13": a setting
 * with no auxiliary of its own whose event is the object of a word before
 * it describes an event already set. */
int setting_is_object(const struct reader *r, const struct frame_match *m);
/* Does a verb that moves an event follow token i in the sentence? */
int moved_later(const struct reader *r, size_t i);

/* Do tokens [a, b) hold a date or a period? */
int has_time_token(const struct reader *r, size_t a, size_t b);

/* ---- rows.c: schedules and lists ---- */
/* The first token after a run-in heading that opens the segment, one to
 * three words in capitals and a colon ("DATES: April 21, 2021: ..."), or 0. */
size_t after_run_in_heading(const struct reader *r);

/* A clause that ends with ':' heads a list: its party, frame, verb and time go to the items. */
void list_heading(struct reader *r, const char *who, const char *frame, size_t verb, size_t ra, size_t ba,
		  size_t banchor, size_t bb, size_t head);
/* Does the clause [ra, rb) of match m, whose party is who, head a list or a
 * schedule ("X shall:", "Defendants must, (i) ...", "... by the indicated
 * dates:")? 1 when it does (the list takes its party, frame and time). */
int heads_list(struct reader *r, const struct frame_match *m, const char *fname, const char *who, size_t ra,
	       size_t rb);
/* A list item that names a paper: the heading's verb and party, its time or the heading's. */
void list_item_paper(struct reader *r);
/* A list item that begins with a verb: the duty of the heading's party. */
void list_item_duty(struct reader *r);
/* A list ends: its heading's obligation gives way to two items or more. */
void end_list(struct reader *r);
/* The segment as a schedule's row or line of dated cells (in_table: it is in one): 1 if read. */
int table_row(struct reader *r, int in_table);
/* Did a recital, a statement of law or a condition match the segment? */
int recited_any(const struct reader *r);
/* Is segment i part of a schedule (a list item, after a header, beside a dated line)? */
int segment_in_table(struct reader *r, size_t i);
/* Is the segment a row's note or the rest of its label, with no time of its
 * own and no verb ("(not to exceed 2,000 words)", "of Environmental Petitioners")? */
int row_note(const struct reader *r);

#endif
