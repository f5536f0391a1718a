/*
 * party.h: who an obligation binds, read from the noun phrase of its clause:
 * a party by role ("Defendants", "each party" -> "parties"), a named person
 * ("Flores shall ..." -> "flores"), or a pronoun standing for the party named
 * before.
 */
#ifndef DL_EXTRACT_PARTY_H
#define DL_EXTRACT_PARTY_H

#include <stddef.h>

#include "text.h"
#include "tokens.h"

struct party_ctx {
	int us_plaintiff;   /* "United States v. ...": the United States is the plaintiff */
	int petition;       /* a petition's case (extract.c): "the agency" is the respondent */
	char last[48];      /* the party of the obligation before (for pronouns) */
	/* an official sued in office and the side the case gives it
	 * ("COMMISSIONER OF SOCIAL SECURITY, Defendant" -> commissioner, defendant),
	 * and a party the order introduces by its side ("defendant Laramie
	 * Enterprises, Inc." -> laramie, defendant) */
	struct {
		char official[24], side[24];
	} sued[24];
	int nsued;
};

/* How a party was named: by its role ("plaintiff"), a person's name, a
 * pronoun, or a body's or an office's name after an article ("the Department
 * of Education", "the BOP"), which may act without being a party. */
enum party_how { PARTY_NONE, PARTY_ROLE, PARTY_NAME, PARTY_PRONOUN, PARTY_BODY };

/* Is token k a determiner that opens a noun phrase ("the", "a", "each",
 * "all", "said" ...)? */
int is_article(const struct text *t, const struct token *k);

/* The other side of a party role ("plaintiffs" -> "defendant"), or NULL;
 * the debtor for a trustee or a creditor. */
const char *other_side(const char *role);

/* The party named in tokens [a, b) of tk, written into out (lower case);
 * returns how it was found (PARTY_NONE: out is empty). */
enum party_how party_of(const struct text *t, const struct tokens *tk, size_t a, size_t b,
			const struct party_ctx *pc, char *out, size_t outlen);

/* Read the case's officials and their sides from the caption of an order's
 * normalised text (and from the statute a Social Security case is brought
 * under). */
void party_read_caption(struct party_ctx *pc, const struct text *t);

/* The side of an official the caption names ("commissioner" -> "defendant"),
 * or NULL. */
const char *party_side_of(const struct party_ctx *pc, const char *official);
/* The same, and in a petition against a government body the body named by
 * its kind ("the Agency", "the Board", "the Department") is the respondent. */
const char *party_side_by_kind(const struct party_ctx *pc, const char *word);

#endif
