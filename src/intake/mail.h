/*
 * mail.h: e-mail through GMime: one message (an .eml file) or a whole
 * mailbox (an mbox file, or a Maildir's cur/ and new/), each message read as
 * a CM/ECF notice (nef.h). The notice is looked for in every text part of the
 * message and of the messages it carries (a forward as an attachment),
 * plain text first, then HTML (html.h); quoted-printable and base64 are
 * decoded and every charset made UTF-8 by GMime.
 */
#ifndef DL_MAIL_H
#define DL_MAIL_H

#include "nef.h"

/* A mailbox larger than this is refused (split it). */
#define MAILBOX_MAX_BYTES (128u << 20)
/* Nor a single message larger than this. */
#define MESSAGE_MAX_BYTES (32u << 20)

/* Read the e-mail at path as a notice: NEF_OK, or the notice's error, with
 * *why; -1 when the file cannot be read as an e-mail at all (*why says why). */
int mail_read(const char *path, struct notice *out, char **why);

/* Called for each message of a mailbox: where it is ("message 3", or the
 * Maildir file's name), its subject (or NULL), and what reading it as a
 * notice gave (rc and n, or why). A nonzero return stops. */
typedef int (*notice_fn)(const char *where, const char *subject, int rc, struct notice *n,
			 const char *why, void *arg);
/* Each message of the mbox file or Maildir at path, in order. 0, or -1 with
 * *err (malloc'd): not a mailbox, too large, unreadable. */
int mailbox_each(const char *path, notice_fn fn, void *arg, char **err);

#endif
