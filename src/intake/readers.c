/*
 * readers.c: the table of the readers built into deadlines-full (readers.h).
 */
#include "readers.h"

#include <ctype.h>
#include <dirent.h>
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

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int attachment(const char *dir, const struct notice *n, struct document *out, char **err)
{
	const char *doc = n->facts.document;
	DIR *d = doc ? opendir(dir) : NULL;
	if (!d)
		return 0;
	char **names = NULL;
	size_t count = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t k = strlen(e->d_name);
		if (k > 4 && !strcasecmp(e->d_name + k - 4, ".pdf") && names_number(e->d_name, doc)) {
			names = xrealloc(names, (count + 1) * sizeof *names);
			names[count++] = xstrdup(e->d_name);
		}
	}
	closedir(d);
	qsort(names, count, sizeof *names, by_name);
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
							  case_number_same(f->case_number, n->facts.case_number))
					       : 1;
			if (ours) {
				*out = pdf;
				rc = 1;
			} else {
				document_free(&pdf);
			}
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return rc;
}

const struct intake_readers intake_readers = {
	pdf_read,
	mail_read,
	mailbox_each,
	attachment,
#ifdef HAVE_OCR
	1,
#else
	0,
#endif
};
