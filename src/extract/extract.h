/*
 * extract.h: order text -> obligations. A pure module: no I/O. The reader
 * works in stages, each in its own file:
 *   text.c     clean-up: typographic folding, page furniture, soft line breaks
 *   segment.c  segments (sentences, list items, table rows)
 *   tokens.c   a segment as tokens, time expressions kept whole
 *   frames.c   directive frames (data/frames.tsv, read by frames-table.c)
 *              matched over the tokens, with the words of data/lexicon.tsv
 *              (lexicon.c)
 *   extract.c  (here) which matches are operative: vetoes by recited, reported
 *              and conditional clauses (vetoes.c), the decretal part, dates
 *              before entry; each operative match becomes an obligation with
 *              who (party.c, whose.c), action, the time its clause states
 *              (when.c, times.c, timex.c) and, for a stay, what ends it
 *              (until.c); the rows of a schedule and the items of a list are
 *              obligations too (rows.c); output.c writes each with its quote,
 *              and the notes; once the order is read, tidy.c drops repeats and
 *              gives each its doubts and confidence; reader.h declares what
 *              these files share, ascii.h the character classes they use
 * Every obligation keeps its verbatim quote with byte offsets and the frame
 * that matched; notes say why command-like clauses were not taken.
 */
#ifndef DL_EXTRACT_H
#define DL_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"

/* The action of an obligation whose verb the reader could not take from its
 * clause (a row's date with no label, a time enlarged with no act named). */
#define ACTION_UNSTATED "(see the order)"

struct extracted {
	const char *kind;      /* deadline | hearing | until | recurring */
	char *who;             /* plaintiff(s), defendant(s), parties, clerk, ... */
	char *action;          /* a short verb phrase */
	char *scope;           /* parameters the order sets, or NULL */
	dl_day due;            /* a date the order states, or DATE_NONE */
	int minute;            /* time of day stated, or -1 */
	int has_trigger;
	char *event;           /* with a trigger: entry | service | receipt | <event words> */
	long n;
	const char *unit;      /* days business_days calendar_days hours weeks months years */
	int before;
	char *until;           /* the event an until-obligation lasts until */
	dl_day until_day;      /* a recurring duty's last day ("every 30 days until December 2,
				  2025"), or DATE_NONE */
	const char *whichever; /* "later" | "earlier" | NULL */
	int optional;          /* a right (objections, traverse), not a duty */
	int immediately;       /* "immediately": due at once */
	const char *basis;     /* stated | presumed | rule | none (the caller makes "computed") */
	const char *presumed_cite; /* the default's rule, when presumed */
	long presumed_n;       /* the default period (days after entry), when presumed */
	char *quote;           /* verbatim from the original text */
	size_t quote_start, quote_end; /* byte offsets in the original */
	char *warning;         /* e.g. a stated date that does not exist */
	const char *frame;     /* the frame that matched (data/frames.tsv), or "table-row" */
	int provisional;       /* (the reader's own: a duty with no time, kept only if the
				  order has no decretal part: 1 made before it, 2 after its
				  title only, kept unless a decretal verb follows) */
	int before_decree;     /* (the reader's own: stated before a decretal verb that
				  follows; tidy.c prefers the decree's own sentence) */
	unsigned doubts;       /* why the reader doubts it: enum extract_doubt bits */
	const char *rule_cite; /* basis "rule": the rule the order names gives the period
				  (data/rule-defaults.tsv's citation; rule-default.h) */
};

/* Why the reader doubts an obligation, from its own evidence (bits of
 * extracted.doubts). extract_confidence() turns them into a level; the levels
 * are calibrated on tests/orders (LOG.md: the share right per level). */
enum extract_doubt {
	DOUBT_NO_TIME = 1u << 0,     /* the order states no date or period for it */
	DOUBT_PRESUMED = 1u << 1,    /* its period is presumed from the rules */
	DOUBT_CUT = 1u << 2,         /* the text is cut off in its sentence */
	DOUBT_BAD_DATE = 1u << 3,    /* it states a date that does not exist */
	DOUBT_PRELUDE = 1u << 4,     /* stated before the order's decretal part */
	DOUBT_PARTY = 1u << 5,       /* a duty that names no party ("parties" assumed) */
	DOUBT_ROW = 1u << 6,         /* read from a row of a schedule, with no verb */
	DOUBT_EVENT = 1u << 7,       /* counted from an event whose date is not known yet */
	DOUBT_OPEN_STAY = 1u << 8,   /* a stay whose end the order does not state */
	DOUBT_JOINED = 1u << 9,      /* a verb joined to the command before it */
	DOUBT_GRANT = 1u << 10,      /* a stay known only from the motion it grants */
	DOUBT_CONDITION = 1u << 11,  /* its clause opens with a condition ("If ...", "When ...") */
	DOUBT_RECITAL = 1u << 12,    /* its clause has a word of a recital ("previously", "already") */
	DOUBT_PARTY_INFERRED = 1u << 13, /* its party is not named in its clause but inferred */
	DOUBT_YEAR = 1u << 14,       /* a date with no year, read in the year of the order's other dates */
	DOUBT_WEAK_FORM = 1u << 15,  /* a weaker form of command: the future tense, a bare infinitive, a series */
	DOUBT_PARTY_UNPLACED = 1u << 16, /* its party is counsel, or a name the order gives no side */
	DOUBT_COUNT = 17
};

/* The doubts about whose duty it is; the others are about whether and when
 * it is due. */
#define DOUBTS_PARTY (DOUBT_PARTY | DOUBT_PARTY_INFERRED | DOUBT_PARTY_UNPLACED)

/* The reason for one doubt bit, as a clerk would read it. */
const char *extract_doubt_text(unsigned bit);
/* "high" (no doubt), "low" (a doubt about whether or when it is due at all),
 * or "medium". */
const char *extract_confidence(const struct extracted *e);
/* The same, of one part of it: its date (whether and when it is due: the
 * doubts but DOUBTS_PARTY) or its party (DOUBTS_PARTY only, "high" or
 * "medium"). A clerk who checks the party of a sure date checks one field. */
const char *extract_confidence_date(const struct extracted *e);
const char *extract_confidence_party(const struct extracted *e);
/* The same of a stored obligation, into *date and *party, from its overall
 * level and its doubts as stored (extract_doubt_text's lines, one each; a
 * line of a later step, such as an amendment that matches nothing, is a
 * doubt about its date). */
void extract_stored_confidence(const char *overall, const char *doubt_lines, const char **date, const char **party);
/* What a clerk is told of the parts when the whole is not high: "its date
 * high, its party to check", "its party high", or "". */
const char *extract_confidence_parts_note(const char *overall, const char *date, const char *party);

/* A command-like clause that produced nothing, and why. */
struct extract_note {
	size_t start, end;     /* byte offsets in the original */
	const char *frame;     /* the frame that matched it */
	char *why;
};

struct extraction {
	struct extracted *items;
	size_t n;
	struct extract_note *notes;
	size_t nnotes;
	/* which frames and lexicon entries the obligations used (for the corpus's
	 * overfitting check): bitmaps by frame and entry number */
	uint8_t *frames_used, *lexicon_used;
	size_t nframes, nlexicon;
};

struct extract_options {
	dl_day entered;        /* the order's entry date, or DATE_NONE: a stated date before it is history */
	int explain;           /* keep notes of the clauses not taken (extraction.notes) */
	int bankruptcy;        /* the order is a bankruptcy court's: its papers' owner is the debtor's
				  or the creditors' even when the text does not say "debtor" */
	int appellate;         /* the order is a court of appeals': its case is an appeal (or a
				  petition) even when the text does not say "appellant" */
};

/* Extract from text (len bytes; NULs not allowed; invalid UTF-8 tolerated). */
void extract_order_with(const char *text, size_t len, const struct extract_options *opt,
			struct extraction *out);
void extract_order(const char *text, size_t len, struct extraction *out);
void extraction_free(struct extraction *x);

/* The compiled-in lexicon and frames, parsed once (thread-safe). */
void reader_tables_init(void);

#endif
