/*
 * tz.c: time-zone conversions with the C library: TZ is set to the zone a
 * conversion needs (and left so until another zone is needed). Not
 * thread-safe, like the C library's tz interface; deadlines computes in one
 * thread only.
 */
#include "tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* The zone TZ is set to. Setting TZ makes the C library read the zone file
 * again, so it changes only when another zone is asked for and is left set
 * afterwards (deadlines never uses the process's own local time after
 * main() has read today's date). */
static char current_zone[128];

static void tz_enter(const char *zone)
{
	if (strcmp(current_zone, zone) == 0)
		return;
	snprintf(current_zone, sizeof current_zone, "%s", zone);
	setenv("TZ", zone, 1);
	tzset();
}

int tz_known(const char *zone)
{
	static char known[128]; /* the last zone found: every computation asks */
	if (!zone || !*zone || strstr(zone, ".."))
		return 0;
	if (strcmp(zone, "UTC") == 0 || strcmp(zone, known) == 0)
		return 1;
	const char *dir = getenv("TZDIR");
	char *path = xasprintf("%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", zone);
	int ok = access(path, R_OK) == 0;
	free(path);
	if (ok)
		snprintf(known, sizeof known, "%s", zone);
	return ok;
}

/* Conversions are pure functions of a zone's rules, and a feed or a
 * recalculation asks the same ones again and again (every deadline on a day
 * ends at 11:59 p.m. there), while mktime and localtime cost a microsecond
 * each. The answers are kept in two hash tables (open addressing), keyed by
 * zone and day-and-minute or zone and instant. Each grows with the keys
 * asked, to MEMO_MAX, and then starts again. Zones are known by a number:
 * 1 + their place in zone_names, first asked first. */
enum { MEMO_ZONES = 32, MEMO_MAX = 1 << 16 }; /* 2 MB a table at most */
static char zone_names[MEMO_ZONES][64];
static int nzone_names;

struct memo_entry { /* 32 octets: a table's pages are few */
	uint64_t key;
	int zone;        /* 0: an empty slot */
	int offset;      /* tz_offset's answer, with abbr */
	int64_t instant; /* tz_to_instant's answer */
	char abbr[8];    /* tz data's are 3 to 6 characters; a longer one is not kept */
};
struct memo {
	struct memo_entry *slots;
	size_t cap, n; /* cap: 0 or a power of two */
};
static struct memo instants, offsets;

/* The zone's number, or 0 when it is not kept (too many or too long). */
static int memo_zone(const char *zone)
{
	static int last;
	if (last && strcmp(zone_names[last - 1], zone) == 0)
		return last;
	for (int z = 0; z < nzone_names; z++)
		if (strcmp(zone_names[z], zone) == 0)
			return last = z + 1;
	if (!*zone || nzone_names == MEMO_ZONES || strlen(zone) >= sizeof zone_names[0])
		return 0;
	strcpy(zone_names[nzone_names++], zone);
	return last = nzone_names;
}

/* splitmix64's finaliser: the keys are evenly spaced (the same minute of
 * successive days), which multiplicative hashing alone crowds together. */
static uint64_t memo_hash(int zone, uint64_t key)
{
	uint64_t x = key ^ (uint64_t)zone << 56;
	x = (x ^ x >> 30) * 0xBF58476D1CE4E5B9u;
	x = (x ^ x >> 27) * 0x94D049BB133111EBu;
	return x ^ x >> 31;
}

/* The slot of (zone, key): the entry holding it, or the empty one where it
 * belongs. */
static struct memo_entry *memo_slot(const struct memo *m, int zone, uint64_t key)
{
	size_t i = (size_t)memo_hash(zone, key) & (m->cap - 1);
	while (m->slots[i].zone && (m->slots[i].zone != zone || m->slots[i].key != key))
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

/* The entry of (zone, key), or NULL. */
static const struct memo_entry *memo_get(const struct memo *m, int zone, uint64_t key)
{
	if (!zone || !m->cap)
		return NULL;
	const struct memo_entry *e = memo_slot(m, zone, key);
	return e->zone ? e : NULL;
}

/* Keep e (its zone and key set) in m, growing m to stay at most half full. */
static void memo_put(struct memo *m, const struct memo_entry *e)
{
	if (!e->zone)
		return;
	if (2 * (m->n + 1) > m->cap) {
		struct memo old = *m;
		size_t cap = old.cap ? 2 * old.cap : 4096;
		if (cap > MEMO_MAX) /* full: start again */
			cap = old.cap, old.n = 0, free(old.slots), old.slots = NULL;
		m->slots = xcalloc(cap, sizeof *m->slots);
		m->cap = cap, m->n = 0;
		for (size_t i = 0; i < old.cap && old.slots; i++)
			if (old.slots[i].zone)
				*memo_slot(m, old.slots[i].zone, old.slots[i].key) = old.slots[i], m->n++;
		free(old.slots);
	}
	struct memo_entry *slot = memo_slot(m, e->zone, e->key);
	if (!slot->zone)
		m->n++;
	*slot = *e;
}

static int64_t instant_uncached(const char *zone, dl_day day, int minute);

int64_t tz_to_instant(const char *zone, dl_day day, int minute)
{
	int z = memo_zone(zone);
	uint64_t key = (uint64_t)(int64_t)day * 1440u + (uint64_t)minute;
	const struct memo_entry *e = memo_get(&instants, z, key);
	if (e)
		return e->instant;
	struct memo_entry fresh = {key, z, 0, instant_uncached(zone, day, minute), ""};
	memo_put(&instants, &fresh);
	return fresh.instant;
}

static int64_t instant_uncached(const char *zone, dl_day day, int minute)
{
	int y, m, d;
	date_to_ymd(day, &y, &m, &d);
	struct tm tm = {0};
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = minute / 60;
	tm.tm_min = minute % 60;
	tm.tm_isdst = -1;
	tz_enter(zone);
	time_t t = mktime(&tm);
	return (int64_t)t;
}

void tz_from_instant(const char *zone, int64_t instant, dl_day *day, int *minute)
{
	time_t t = (time_t)instant;
	struct tm tm;
	tz_enter(zone);
	localtime_r(&t, &tm);
	*day = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	*minute = tm.tm_hour * 60 + tm.tm_min;
}

int tz_offset(const char *zone, int64_t instant, char abbr[16])
{
	int z = memo_zone(zone);
	const struct memo_entry *e = memo_get(&offsets, z, (uint64_t)instant);
	if (e) {
		memcpy(abbr, e->abbr, sizeof e->abbr);
		return e->offset;
	}
	time_t t = (time_t)instant;
	struct tm tm;
	tz_enter(zone);
	localtime_r(&t, &tm);
	snprintf(abbr, 16, "%s", tm.tm_zone ? tm.tm_zone : "");
	struct memo_entry fresh = {(uint64_t)instant, z, (int)(tm.tm_gmtoff / 60), instant, ""};
	if (strlen(abbr) < sizeof fresh.abbr) {
		memcpy(fresh.abbr, abbr, strlen(abbr) + 1);
		memo_put(&offsets, &fresh);
	}
	return fresh.offset;
}

/* The state at an instant, straight from the C library. */
static void state_at(const char *zone, int64_t instant, struct tz_state *st)
{
	time_t t = (time_t)instant;
	struct tm tm;
	tz_enter(zone);
	localtime_r(&t, &tm);
	st->at = instant;
	st->offset = (int)tm.tm_gmtoff;
	st->is_dst = tm.tm_isdst > 0;
	snprintf(st->abbr, sizeof st->abbr, "%s", tm.tm_zone ? tm.tm_zone : "");
}

static int same_state(const struct tz_state *a, const struct tz_state *b)
{
	return a->offset == b->offset && a->is_dst == b->is_dst && !strcmp(a->abbr, b->abbr);
}

void tz_transitions(const char *zone, int64_t from, int64_t to,
		    int (*fn)(const struct tz_state *, void *), void *arg)
{
	enum { STEP = 6 * 3600 };
	struct tz_state cur, next;
	state_at(zone, from, &cur);
	if (fn(&cur, arg))
		return;
	for (int64_t t = from; t < to;) {
		int64_t probe = t + STEP < to ? t + STEP : to;
		state_at(zone, probe, &next);
		if (same_state(&cur, &next)) {
			t = probe;
			continue;
		}
		int64_t lo = t, hi = probe; /* the state changes in (lo, hi] */
		while (hi - lo > 1) {
			int64_t mid = lo + (hi - lo) / 2;
			struct tz_state m;
			state_at(zone, mid, &m);
			if (same_state(&cur, &m))
				lo = mid;
			else
				hi = mid;
		}
		state_at(zone, hi, &cur);
		if (fn(&cur, arg))
			return;
		t = hi;
	}
}
