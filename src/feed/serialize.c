/*
 * serialize.c: components written by libical on two threads, in order (see
 * serialize.h). A ring of batches: the caller fills one, queues it, and
 * the worker takes the oldest queued; when half the ring is queued the
 * caller writes the newest itself. (Building is the caller's alone and
 * about as long as writing, so the caller writes only when the worker is
 * well behind: at two queued it wrote a quarter of the batches, and the
 * worker idled a quarter of the time.) Each batch keeps its text until it
 * is taken, so the order is the order handed over.
 */
#include "serialize.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { BATCH = 32, RING = 16 };

enum state { FILLING, QUEUED, WRITING, WRITTEN };

struct batch {
	icalcomponent *c[BATCH];
	int n;
	enum state state;
	struct buf text;
};

struct serializer {
	size_t (*mend)(char *, size_t);
	struct batch ring[RING];
	int head, count; /* the oldest batch not taken; how many are in use (the last filling) */
	pthread_mutex_t lock;
	pthread_cond_t work, done;
	pthread_t worker;
	int started, quit;
};

/* Write every component of b into its text (no lock held). The components
 * are freed by the caller's thread, which made them (take_written): freed
 * here, their memory would go to this thread's cache, and the caller's
 * next allocations would all take glibc's slow path. */
static void write_batch(struct serializer *s, struct batch *b)
{
	for (int i = 0; i < b->n; i++) {
		char *t = icalcomponent_as_ical_string_r(b->c[i]);
		size_t n = s->mend(t, strlen(t));
		buf_add(&b->text, t, n);
		free(t);
	}
}

/* The oldest (oldest = 1) or newest queued batch, or NULL. Under the lock. */
static struct batch *queued(struct serializer *s, int oldest)
{
	for (int k = 0; k < s->count; k++) {
		int i = oldest ? k : s->count - 1 - k;
		struct batch *b = &s->ring[(s->head + i) % RING];
		if (b->state == QUEUED)
			return b;
	}
	return NULL;
}

static void *work(void *arg)
{
	struct serializer *s = arg;
	pthread_mutex_lock(&s->lock);
	for (;;) {
		struct batch *b;
		while (!(b = queued(s, 1)) && !s->quit)
			pthread_cond_wait(&s->work, &s->lock);
		if (!b)
			break;
		b->state = WRITING;
		pthread_mutex_unlock(&s->lock);
		write_batch(s, b);
		pthread_mutex_lock(&s->lock);
		b->state = WRITTEN;
		pthread_cond_broadcast(&s->done);
	}
	pthread_mutex_unlock(&s->lock);
	return NULL;
}

struct serializer *serializer_new(size_t (*mend)(char *text, size_t len))
{
	struct serializer *s = xcalloc(1, sizeof *s);
	s->mend = mend;
	for (int i = 0; i < RING; i++)
		buf_init(&s->ring[i].text);
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->work, NULL);
	pthread_cond_init(&s->done, NULL);
	return s;
}

/* The batch being filled (a new one when there is none). Under the lock. */
static struct batch *filling(struct serializer *s)
{
	if (s->count) {
		struct batch *last = &s->ring[(s->head + s->count - 1) % RING];
		if (last->state == FILLING)
			return last;
	}
	while (s->count == RING) /* full: wait for the oldest, or write it */
		if (s->ring[s->head].state == WRITTEN)
			return NULL; /* the caller takes it first */
		else if (s->ring[s->head].state == QUEUED) {
			struct batch *b = &s->ring[s->head];
			b->state = WRITING;
			pthread_mutex_unlock(&s->lock);
			write_batch(s, b);
			pthread_mutex_lock(&s->lock);
			b->state = WRITTEN;
			return NULL;
		} else
			pthread_cond_wait(&s->done, &s->lock);
	struct batch *b = &s->ring[(s->head + s->count++) % RING];
	b->state = FILLING;
	b->n = 0; /* (take_written freed its components) */
	b->text.len = 0;
	return b;
}

/* Queue a full or last batch and, when the worker is half a ring behind,
 * write the newest queued one here. Under the lock. */
static void queue(struct serializer *s, struct batch *b)
{
	b->state = QUEUED;
	if (!s->started) {
		s->started = pthread_create(&s->worker, NULL, work, s) == 0;
		if (!s->started) { /* no thread: all here */
			b->state = WRITING;
			write_batch(s, b);
			b->state = WRITTEN;
			return;
		}
	}
	pthread_cond_signal(&s->work);
	int waiting = 0;
	for (int k = 0; k < s->count; k++)
		waiting += s->ring[(s->head + k) % RING].state == QUEUED;
	if (waiting >= RING / 2) {
		struct batch *mine = queued(s, 0);
		mine->state = WRITING;
		pthread_mutex_unlock(&s->lock);
		write_batch(s, mine);
		pthread_mutex_lock(&s->lock);
		mine->state = WRITTEN;
	}
}

/* Move the written batches at the head to out, and free their components.
 * Under the lock, in the caller's thread. */
static void take_written(struct serializer *s, struct buf *out)
{
	while (s->count && s->ring[s->head].state == WRITTEN) {
		struct batch *b = &s->ring[s->head];
		buf_add(out, b->text.data ? b->text.data : "", b->text.len);
		b->text.len = 0;
		for (int i = 0; i < b->n; i++)
			icalcomponent_free(b->c[i]);
		b->n = 0;
		s->head = (s->head + 1) % RING;
		s->count--;
	}
}

void serializer_put(struct serializer *s, icalcomponent *c, struct buf *out)
{
	pthread_mutex_lock(&s->lock);
	struct batch *b;
	while (!(b = filling(s))) /* the ring is full: its oldest text goes first */
		take_written(s, out);
	b->c[b->n++] = c;
	if (b->n == BATCH)
		queue(s, b);
	take_written(s, out);
	pthread_mutex_unlock(&s->lock);
}

void serializer_take(struct serializer *s, struct buf *out, int all)
{
	pthread_mutex_lock(&s->lock);
	if (all) {
		struct batch *last = s->count ? &s->ring[(s->head + s->count - 1) % RING] : NULL;
		if (last && last->state == FILLING)
			queue(s, last);
		struct batch *b;
		while ((b = queued(
				s,
				0))) { /* the rest here, newest first: the worker takes the oldest */
			b->state = WRITING;
			pthread_mutex_unlock(&s->lock);
			write_batch(s, b);
			pthread_mutex_lock(&s->lock);
			b->state = WRITTEN;
		}
		for (;;) {
			take_written(s, out);
			if (!s->count)
				break;
			pthread_cond_wait(&s->done, &s->lock);
		}
	} else {
		take_written(s, out);
	}
	pthread_mutex_unlock(&s->lock);
}

void serializer_free(struct serializer *s)
{
	pthread_mutex_lock(&s->lock);
	s->quit = 1;
	pthread_cond_broadcast(&s->work);
	pthread_mutex_unlock(&s->lock);
	if (s->started)
		pthread_join(s->worker, NULL);
	for (int i = 0; i < RING; i++) {
		for (int k = 0; k < s->ring[i].n; k++)
			if (s->ring[i].c[k])
				icalcomponent_free(s->ring[i].c[k]);
		buf_free(&s->ring[i].text);
	}
	pthread_mutex_destroy(&s->lock);
	pthread_cond_destroy(&s->work);
	pthread_cond_destroy(&s->done);
	free(s);
}
