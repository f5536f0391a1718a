/*
 * readers.c: the table of the readers built into deadlines-full (readers.h).
 */
#include "readers.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "pdf.h"
#include "util.h"

/* Does name hold number as a number of its own? */
static int names_number(const char *name, const char *number)
{
	size_t k = strlen(number);
	for (const char *p = strstr(name, number); p; p = strstr(p + 1, number))
		if ((p == name || !isdigit((unsigned char)p[-1])) && !isdigit((unsigned char)p[k]))
			return 1;
	return 0;
}

/* A PDF whose name holds the document number (arg). */
static int pdf_named(const char *name, void *arg)
{
	size_t k = strlen(name);
	return k > 4 && !strcasecmp(name + k - 4, ".pdf") && names_number(name, arg);
}

static int attachment(const char *dir, const struct notice *n, struct document *out, char **err)
{
	const char *doc = n->facts.document;
	size_t count = 0;
	char **names = doc ? dir_list(dir, pdf_named, (void *)doc, &count) : NULL;
	if (!names)
		return 0;
	int rc = 0;
	for (size_t i = 0; i < count; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		struct document pdf;
		char *why = NULL;
		if (rc == 0 && pdf_read(path, &pdf, &why) != 0) {
			*err = why;
			rc = -1;
		} else if (rc == 0) {
			const struct doc_facts *f = &pdf.facts;
			int ours = f->document ? !strcmp(f->document, doc) &&
							 (!f->case_number ||
							  case_number_same(f->case_number,
									   n->facts.case_number))
					       : 1;
			if (ours) {
				*out = pdf;
				rc = 1;
			} else {
				document_free(&pdf);
			}
		}
		free(path);
	}
	dir_list_free(names, count);
	return rc;
}

const struct intake_readers intake_readers = {
	pdf_read, mail_read, mailbox_each, attachment,
#ifdef HAVE_OCR
	1,
#else
	0,
#endif
};
