/*
 * readers.h: the readers of orders as they arrive (PDF, OCR, e-mail), which
 * need poppler, Tesseract and GMime: built into deadlines-full only. The
 * command line reaches them through dl_readers (src/cli/commands.c): NULL in
 * 'deadlines', which then runs deadlines-full (cmd-full.h) for such a file.
 */
#ifndef DL_READERS_H
#define DL_READERS_H

#include "document.h"
#include "mail.h"

struct intake_readers {
	int (*pdf)(const char *path, struct document *d, char **err);           /* pdf.h */
	int (*mail)(const char *path, struct notice *out, char **why);          /* mail.h */
	int (*mailbox)(const char *path, notice_fn fn, void *arg, char **err); /* mail.h */
	int ocr; /* scanned pages are read (configure --with-ocr) */
};
extern const struct intake_readers intake_readers;

#endif
