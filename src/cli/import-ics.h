/*
 * import-ics.h: 'deadlines import' of iCalendar: hearings from an
 * invitation or a calendar (a file, or a URL that deadlines-full fetches).
 */
#ifndef DL_IMPORT_ICS_H
#define DL_IMPORT_ICS_H

#include "cmd.h"

/* Import src (a file or a URL) into the case number (NULL: the one case of
 * the database the invitation names); dry: store nothing. An exit status. */
int import_ics(struct dl_ctx *ctx, const char *src, const char *number, int dry);

#endif
