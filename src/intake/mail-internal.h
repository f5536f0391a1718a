/*
 * mail-internal.h: what mail.c and mailbox.c share and the rest of the
 * program does not see (GMime's types).
 */
#ifndef DL_MAIL_INTERNAL_H
#define DL_MAIL_INTERNAL_H

#include <gmime/gmime.h>

#include "nef.h"

/* g_mime_init, once. */
void mail_init(void);
/* msg read as a notice: NEF_OK, or the error with *why (malloc'd). */
int mail_notice(GMimeMessage *msg, struct notice *out, char **why);

#endif
