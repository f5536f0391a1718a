/*
 * frames.h: directive frames — the forms in which an order commands, sets,
 * stays, grants time, or only recites, reports or warns — as patterns over
 * tokens (tokens.h), read from data/frames.tsv (compiled in) and matched here.
 *
 * A pattern is a list of elements separated by spaces; an element is one or
 * more alternatives joined by '|', optionally followed by '?' (may be absent;
 * when the token matches, it is taken — an optional element never backtracks):
 *   word          that word (lower case; a possessive 's is not part of it)
 *   @class        a word of that lexicon class; @class.pp, @class.pres+past:
 *                 only in those forms (base pres past pp ing pl)
 *   DATE TIME PERIOD NUM   a time expression kept whole by the tokeniser
 *   , : ; ( ) /   that punctuation
 *   !alt|alt      the next token is none of these (consumes nothing)
 *   ...           up to 10 tokens (not ';')
 *   {who} {what}  a noun phrase: the party commanded, or the thing due
 *   {event}       a noun phrase naming an event a court holds (has an @event word)
 *   {action}      the rest of the sentence (the duty's verb phrase): last only
 * A pattern that begins with a noun-phrase slot is tried only where a clause
 * can begin (the sentence's start, after punctuation, "that", "and", a date or
 * period, or a decretal verb).
 */
#ifndef DL_EXTRACT_FRAMES_H
#define DL_EXTRACT_FRAMES_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"
#include "tokens.h"

enum frame_kind {
	/* operative: an obligation */
	FK_DEADLINE, FK_HEARING, FK_SETTING, FK_UNTIL, FK_COORD,
	/* not operative: why a command-like clause is not one */
	FK_MARKER, FK_RECITED, FK_REPORTED, FK_CONDITION, FK_LAW, FK_COURT_ACT,
	FK_MINISTERIAL, FK_RULING, FK_PROHIBITION, FK_PERMISSION,
	FK_COUNT
};

enum frame_flag {
	FF_PARTY = 1,     /* the {who} slot names a party, a person or a pronoun */
	FF_TIME = 2,      /* only with a date or period in its clause */
	FF_DATE = 4,      /* only with a date in its clause */
	FF_OPTIONAL = 8,  /* a right, not a duty */
	FF_TITLE_STAY = 16, /* only when the order's title or docket text grants a stay */
	FF_DECRETAL = 32, /* only in the decretal part (after "IT IS ORDERED") */
	FF_OPENING = 64,  /* only from the sentence's first word (docket text's clauses) */
	FF_CAPITAL = 128  /* only when its first word is capitalised (an imperative's verb) */
};

enum slot { SLOT_WHO, SLOT_WHAT, SLOT_EVENT, SLOT_ACTION, SLOT_COUNT };

struct frame;

/* Parse rows (name, kind, flags, pattern, note) against the current lexicon.
 * Returns 0, or -1 with *err (malloc'd) and *bad_row. */
int frames_build(const char *const (*rows)[5], size_t n, size_t *bad_row, char **err);

/* Forget the frames frames_build made. */
void frames_free(void);
size_t frame_count(void);
const char *frame_name(int f);
enum frame_kind frame_kind(int f);
unsigned frame_flags(int f);
int frame_once_ok(int f);
int frame_kind_operative(enum frame_kind k);
const char *frame_kind_name(enum frame_kind k);

struct frame_match {
	int frame;
	size_t start, end;           /* tokens [start, end) */
	size_t anchor;               /* its first token that is not a slot */
	size_t slot_a[SLOT_COUNT], slot_b[SLOT_COUNT]; /* [a, b); a == b: absent */
	uint16_t lex_entry[8];       /* the lexicon entries its @class elements matched */
	uint8_t nlex;
};

struct frame_matches {
	struct frame_match *v;
	size_t n, cap;
	uint8_t *flags;      /* (the matcher's per-token scratch: flags, and the */
	uint64_t *classes;   /*  tokens' classes and word hashes side by side, */
	uint32_t *hashes;    /*  for the scan of each frame's first element, */
	size_t *starts;      /*  and where a clause may begin) */
	size_t nstarts;
	size_t flags_cap;
	struct need_view *needs; /* (each token as the frames' prefilter sees it, */
	unsigned *roles;         /*  and the small words' roles it has) */
	uint32_t *may;       /* (may_start's memory: [element][token], stamped */
	size_t may_cap;      /*  with a generation per frame tried) */
	uint32_t may_gen;
};

/* Every frame's matches in the sentence tk, one per (frame, anchor): where a
 * frame matches at several clause starts with the same anchor, the latest
 * (the shortest noun phrase). At one anchor the earlier row of the table wins. */
void frames_match(const struct text *t, const struct tokens *tk, struct frame_matches *out);
void frame_matches_free(struct frame_matches *m);

#endif
