/*
 * cues.h: what a sentence of an order is: recited history, a ruling without
 * a duty, a statement of law or of the court's own acts, or a duty too
 * general to calendar; and where its modal ("shall", "must", "is ORDERED
 * to", "are due", "will be held on") is. Each takes lower-cased text.
 */
#ifndef DL_EXTRACT_CUES_H
#define DL_EXTRACT_CUES_H

#include <stddef.h>

enum modal_kind { M_DUTY, M_HAVE, M_DUE, M_FUTURE, M_HEARING, M_MAY };

struct modal {
	long at;          /* where it starts */
	size_t len;
	enum modal_kind kind;
	const char *verb; /* for passive/scheduling forms: the verb of the action */
};

/* "The Court previously ordered ...": the sentence tells what happened. */
int recited_history(const char *s);
/* A ruling ("is DENIED", "is GRANTED") that imposes nothing. */
int ruling_only(const char *s);
/* Statements of law, warnings of consequences, the court's intentions. */
int not_a_duty(const char *s);
/* After the modal: duties too general to calendar. */
int general_duty(const char *after);
/* The first modal in s; 1 and *m, or 0. */
int find_modal(const char *s, struct modal *m);

#endif
