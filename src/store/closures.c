/*
 * closures.c: recorded closures loaded into court calendars.
 */
#include "closures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static int add_one(const struct closure_row *c, void *arg)
{
	calendar_add_closure(arg, c->day, c->reason);
	return 0;
}

int closures_load_store(store *s, struct calendar *cal)
{
	return store_closure_each(s, calendar_court(cal)->code, add_one, cal);
}

