/*
 * appeal.h: the court an appeal comes from, as an order of a court of
 * appeals names it ("On appeal from the United States District Court for
 * the Southern District of Texas"): FRAP 26(a)(6)(C) counts that court's
 * state's holidays too. Pure.
 */
#ifndef DL_APPEAL_H
#define DL_APPEAL_H

#include <stddef.h>

/* The registry code of the district or bankruptcy court text names as the
 * court appealed from, or NULL when it names none the registry knows. */
const char *appeal_origin(const char *text, size_t len);

#endif
