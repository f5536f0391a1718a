/*
 * document.h: an order as it arrives (a PDF, a scanned PDF, a CM/ECF notice
 * of electronic filing by e-mail) once it is text: the text the reader reads
 * (whose offsets the stored quotes use), the facts the document states about
 * itself (its case, document number, dates, court), and, for pages read by
 * OCR, the engine's confidence in each word. Filled by the readers (pdf.c,
 * mail.c); read by importer.c. What kind of file a path is (its first bytes)
 * is decided here, without the readers' libraries.
 */
#ifndef DL_DOCUMENT_H
#define DL_DOCUMENT_H

#include <stddef.h>

#include "date.h"

enum doc_kind { DOC_TEXT, DOC_PDF, DOC_MAIL };

/* What kind of file path is, from its first bytes: a PDF ("%PDF-"), an
 * e-mail (a header block with at least two of From, To, Subject, Date,
 * Received, Return-Path, Message-ID, MIME-Version; or an mbox "From " line),
 * else text. "-" (standard input) is text. A file that cannot be read is
 * text too: the text reader says why. */
enum doc_kind document_kind(const char *path);

/* One word read by OCR: where it is in the document's text and how sure the
 * engine is of it (0-100). */
struct ocr_word {
	size_t start, end;
	int conf;
};

/* What a document says about itself. Strings are NULL when not stated. */
struct doc_facts {
	char *case_number; /* "2:16-cv-00435" (a stamp's or a notice's) */
	char *document;	   /* the docket's document number: "35" */
	dl_day filed;	   /* the date filed (a stamp's, a notice's), or DATE_NONE */
	dl_day entered;	   /* the date entered on the docket (a notice's), or DATE_NONE */
	char *court;	   /* the registry's code ("ared"), or NULL */
	char *court_line;  /* the court as the notice names it */
	char *case_name;   /* the notice's "Case Name:" */
	char *filer;	   /* the notice's "Filer:" */
	char *description; /* the notice's short description (from its subject) */
	char *links;	   /* the notice's document links, one a line */
};

struct document {
	char *text; /* UTF-8, no NUL, control characters replaced */
	size_t len;
	size_t pages;		/* pages (a PDF's), or 0 */
	size_t ocr_pages;	/* of which read by OCR */
	struct ocr_word *words; /* OCR words in text order (ocr_pages > 0) */
	size_t nwords;
	struct doc_facts facts;
};

void document_init(struct document *d);
void document_free(struct document *d);
void doc_facts_free(struct doc_facts *f);

/* The engine's confidence (0-100) in the text [start, end): the mean of the
 * OCR words in it, weighted by their length; -1 when none was read by OCR. */
int document_ocr_confidence(const struct document *d, size_t start, size_t end);

/* A case number in a canonical form for comparison: "2:16-cv-00435-BSM",
 * "2:16-CV-435" and "2:16cv435" all give "2:16-cv-435" (office, year, type,
 * number; a judge's initials or a defendant's number after it dropped). A
 * number of another form is lower-cased and its spaces dropped. */
char *case_number_key(const char *number);
/* A case number without what follows its serial number (a judge's initials,
 * a defendant's number): "2:20-cv-00082-BSM" gives "2:20-cv-00082"; a number
 * of another form is copied. */
char *case_number_base(const char *number);
/* 1 when a and b name the same case (case_number_key). */
int case_number_same(const char *a, const char *b);

/* Make s safe to show and store as a field of one line (a case name, a
 * filer): each byte that is not part of valid UTF-8 becomes '?', each control
 * character (C0, DEL, C1; a newline or tab too) a space. A document's facts
 * come from hostile text and reach terminals, CSV and calendars. */
void text_clean_field(char *s);

/* A date as CM/ECF writes it, "5/19/2017", "05/19/17" (a two-digit year is
 * 20YY): 1 and *out, with *used its length; 0 when s does not start with one. */
int us_date_parse(const char *s, size_t *used, dl_day *out);

#endif
