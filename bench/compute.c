/*
 * bench/compute.c: deadline computations per second: 30-day forward periods
 * from every day of 1990-2040 in S.D. Tex. (federal and Texas holidays),
 * repeated; prints one line "compute ops_per_sec N". Not part of make check.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "compute.h"

int main(int argc, char **argv)
{
	long rounds = argc > 1 ? atol(argv[1]) : 200;
	struct calendar *cal = calendar_new(court_find("txsd"), FAMILY_FEDERAL);
	dl_day lo = date_from_ymd(1990, 1, 1), hi = date_from_ymd(2040, 12, 31);
	struct period p = {RULES_FRCP, lo, -1, 30, UNIT_DAYS, 0, SERVICE_NONE, DATE_NONE, 0};
	long sink = 0, ops = 0;
	for (dl_day d = lo; d <= hi; d++) { /* warm the per-year tables */
		p.from = d;
		sink += compute_due(cal, &p);
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long r = 0; r < rounds; r++)
		for (dl_day d = lo; d <= hi; d++) {
			p.from = d;
			sink += compute_due(cal, &p);
			ops++;
		}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("compute ops %ld seconds %.3f ops_per_sec %.0f (checksum %ld)\n", ops, secs, ops / secs,
	       sink % 1000);
	calendar_free(cal);
	return 0;
}
