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
	int (*pdf)(const char *path, struct document *d, char **err);	       /* pdf.h */
	int (*mail)(const char *path, struct notice *out, char **why);	       /* mail.h */
	int (*mailbox)(const char *path, notice_fn fn, void *arg, char **err); /* mail.h */
	/* The PDF of a notice's document in directory dir: a file *.pdf whose
	 * name holds the document number (as a number of its own: "35.pdf",
	 * "ECF-35-order.pdf"), and whose CM/ECF stamp, when it has one, names
	 * that document of that case. 1 and *out; 0 when there is none; -1
	 * with *err when the one found cannot be read. */
	int (*attachment)(const char *dir, const struct notice *n, struct document *out,
			  char **err);
	int ocr; /* scanned pages are read (configure --with-ocr) */
};
extern const struct intake_readers intake_readers;

#endif
