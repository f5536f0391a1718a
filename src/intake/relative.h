/*
 * relative.h: deadlines an order sets relative to another obligation of the
 * same order ("reply 7 days before the hearing set for June 5", "responses
 * due 14 days after the motions deadline"): the reader gives such a period
 * an event in words ("hearing", "motions deadline"); here it is tied to the
 * obligation of the order those words name, so that it is dated at once
 * and moves when that one moves. Pure.
 */
#ifndef DL_RELATIVE_H
#define DL_RELATIVE_H

#include <stddef.h>

#include "obligation.h"

/* For each of o[0..n) whose period runs from an event in words, the index
 * of the other obligation of o those words name (a hearing, conference or
 * trial by its word; "the X deadline" by X in a deadline's action; the
 * nearest before it first), or -1: written to anchor[0..n). A deadline the
 * reader gave no time whose sentence states "N days before the X", the X
 * another obligation of o ("reply 7 days before the hearing set for June
 * 5"), gets that period (basis stated) and is tied too. */
void relative_anchors(struct obligation *o, size_t n, long *anchor);

#endif
