/*
 * readers.c: the table of the readers built into deadlines-full (readers.h).
 */
#include "readers.h"

#include "pdf.h"

const struct intake_readers intake_readers = {
	pdf_read,
	mail_read,
	mailbox_each,
#ifdef HAVE_OCR
	1,
#else
	0,
#endif
};
