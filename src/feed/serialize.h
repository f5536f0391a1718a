/*
 * serialize.h: libical components written out as text in the order they
 * are given, two at a time: a worker thread writes batches of them
 * (icalcomponent_as_ical_string_r, then icalcomponent_free) while the
 * caller builds the next, and the caller writes some too when it is ahead.
 * Writing dominates a feed's cost; this halves its time on two cores. Text
 * is returned in order, whoever wrote it. Nothing but libical runs on the
 * worker (no time zone code: tz.c is not thread-safe).
 */
#ifndef DL_SERIALIZE_H
#define DL_SERIALIZE_H

#include <libical/ical.h>

#include "util.h"

struct serializer;
/* mend(text, len) is called on each component's text (by either thread)
 * and returns its new length. */
struct serializer *serializer_new(size_t (*mend)(char *text, size_t len));
/* Hand over c (the serializer frees it), and append to out the text
 * written so far, in order (as serializer_take). */
void serializer_put(struct serializer *s, icalcomponent *c, struct buf *out);
/* Append to out the text of the components written so far, in order, up to
 * the first not yet written; with all, of every component handed over. */
void serializer_take(struct serializer *s, struct buf *out, int all);
/* Stop the worker; components not written are freed. */
void serializer_free(struct serializer *s);

#endif
