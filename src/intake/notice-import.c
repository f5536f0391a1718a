/*
 * notice-import.c: a CM/ECF notice imported (see importer.h): its case found
 * or added, its docket entry stored once, the obligations of its docket text
 * and of its document's PDF merged.
 */
#include <stdlib.h>
#include <string.h>

#include "import-internal.h"
#include "importer.h"
#include "util.h"

struct case_search {
	const char *number, *court;
	struct case_row found;
	int n;
};

static int same_case(const struct case_row *c, void *arg)
{
	struct case_search *cs = arg;
	if (!case_number_same(c->number, cs->number))
		return 0;
	/* (the first of the notice's court; else the first of any court) */
	if (cs->n && strcmp(c->court, cs->court))
		return 0;
	if (cs->n)
		case_row_free(&cs->found);
	case_row_copy(&cs->found, c);
	cs->n++;
	return !strcmp(c->court, cs->court);
}

int case_find_same(store *s, const char *number, const char *court, struct case_row *out)
{
	struct case_search search = {number, court ? court : "", {0}, 0};
	if (store_case_each(s, same_case, &search) != STORE_OK)
		return STORE_ERROR;
	if (!search.n)
		return STORE_NOTFOUND;
	*out = search.found;
	return STORE_OK;
}

/* The notice's case: found (any form of its number), or added. */
static int notice_case(store *s, const struct notice *n, int dry, struct notice_result *out,
		       char **err)
{
	int found = case_find_same(s, n->facts.case_number, n->facts.court, &out->cs);
	if (found == STORE_ERROR) {
		*err = xstrdup(store_errmsg(s));
		return -1;
	}
	if (found == STORE_OK) {
		if (strcmp(out->cs.court, n->facts.court)) {
			*err = xasprintf("case %s is in court %s, but the notice is from %s (%s)",
					 out->cs.number, out->cs.court, n->facts.court,
					 n->facts.court_line);
			return -1;
		}
		return 0;
	}
	const struct court *court = court_find(n->facts.court);
	struct court_row row = {court->code, court->name, court->state, court->tz};
	char *number = case_number_base(n->facts.case_number);
	const char *caption =
		n->facts.case_name && *n->facts.case_name ? n->facts.case_name : number;
	out->case_created = 1;
	out->cs = (struct case_row){0, number, xstrdup(caption), xstrdup(court->code), NULL, NULL,
				    NULL, NULL};
	if (dry)
		return 0;
	if (store_court_ensure(s, &row) != STORE_OK ||
	    store_case_add(s, number, court->code, caption, NULL, &out->cs.id) != STORE_OK) {
		*err = xstrdup(store_errmsg(s));
		return -1;
	}
	return 0;
}

/* Do a and b state the same obligation: of one kind, on the same date, over
 * the same period from the same trigger, or until the same event? */
static int same_obligation(const struct obligation *a, const struct obligation *b)
{
	int ka = a->kind == KIND_RECURRING ? KIND_DEADLINE : (int)a->kind;
	int kb = b->kind == KIND_RECURRING ? KIND_DEADLINE : (int)b->kind;
	if (ka != kb)
		return 0;
	if (a->derived.due != DATE_NONE && a->derived.due == b->derived.due)
		return 1;
	if (a->link_event && b->link_event && !strcmp(a->link_event, b->link_event))
		return 1;
	const struct obligation_when *x = &a->when, *y = &b->when;
	return x->trigger != TRIGGER_NONE && x->trigger == y->trigger &&
	       x->period_n == y->period_n && x->unit == y->unit && x->direction == y->direction;
}

/* Merge reading d (the docket text's) into r (the PDF's): what r states too
 * is noted on r's obligation with d's quote and left in d (freed with it);
 * the rest is moved to r. The count merged. */
static int merge_readings(struct reading *r, struct reading *d)
{
	size_t keep = 0, merged = 0;
	struct extracted *items = xcalloc(r->x.n + d->x.n + 1, sizeof *items);
	struct obligation *o = xcalloc(r->x.n + d->x.n + 1, sizeof *o);
	memcpy(items, r->x.items, r->x.n * sizeof *items);
	memcpy(o, r->o, r->x.n * sizeof *o);
	size_t n = r->x.n;
	for (size_t i = 0; i < d->x.n; i++) {
		size_t j = 0;
		while (j < r->x.n && !same_obligation(&o[j], &d->o[i]))
			j++;
		if (j == r->x.n) {
			items[n] = d->x.items[i];
			o[n++] = d->o[i];
			continue;
		}
		char *note =
			xasprintf("%s%sthe docket text states it too: \"%s\"",
				  o[j].note ? o[j].note : "", o[j].note ? "\n" : "", d->o[i].quote);
		free(o[j].note);
		o[j].note = note;
		/* (what stays in d is freed with it) */
		d->x.items[keep] = d->x.items[i];
		d->o[keep++] = d->o[i];
		merged++;
	}
	free(r->x.items);
	free(r->o);
	r->x.items = items;
	r->o = o;
	r->x.n = n;
	d->x.n = keep;
	return (int)merged;
}

int import_notice(store *s, const struct notice_request *req, struct notice_result *out, char **err)
{
	const struct notice *n = req->n;
	struct buf text;
	char sha[65];
	memset(out, 0, sizeof *out);
	if (notice_case(s, n, req->dry, out, err) != 0)
		return -1;
	char *docket = n->facts.document ? xasprintf("ECF No. %s", n->facts.document) : NULL;
	struct import_request ir = {{0},	 docket, req->cause, req->dry, n->facts.document, "nef", n->facts.description,
				    n->facts.links, n->facts.filer};
	struct order_facts facts = {
		NULL,
		RULES_FRCP,
		{n->facts.entered, n->facts.filed != DATE_NONE ? n->facts.filed : n->facts.entered,
		 SERVICE_ELECTRONIC, -1},
		0,
		NULL,
		NULL,
		NULL};
	int rc = -1;
	case_facts(&out->cs, &facts);
	/* the text stored: the PDF's, then the docket text */
	buf_init(&text);
	if (req->pdf)
		buf_printf(&text, "%s\n\n", req->pdf->text);
	size_t docket_at = text.len;
	buf_puts(&text, n->docket_text);
	buf_putc(&text, '\n');
	struct order_file f;
	size_t len = text.len;
	order_file_from_text(buf_detach(&text), len, &f);
	sha256_hex(f.text, f.len, sha);
	int found = imported_already(s, &out->cs, sha, n->facts.document, &out->r);
	if (found) {
		out->skipped = found > 0;
		rc = found > 0 ? 0 : -1;
		goto out;
	}
	/* each text read alone (the docket text is no part of the order's
	 * decretal text), then merged */
	struct reading pdf_reading;
	memset(&pdf_reading, 0, sizeof pdf_reading);
	if (req->pdf) {
		struct order_file part = f;
		part.len = docket_at;
		facts.doc = req->pdf;
		order_read(&part, &facts, s, 1, &pdf_reading);
		facts.doc = NULL;
		ir.source = req->pdf->ocr_pages ? "ocr" : "pdf";
	}
	struct order_file part = f;
	part.body = docket_at;
	order_read(&part, &facts, s, 1, &out->r.r);
	if (req->pdf) {
		out->merged = merge_readings(&pdf_reading, &out->r.r);
		reading_free(&out->r.r);
		out->r.r = pdf_reading;
	}
	if (store_reading(s, &out->cs, &f, &ir, &facts, sha, &out->r) != 0)
		goto store_error;
	char *entry = xasprintf("%s%s%s", docket ? docket : "docket entry",
				n->facts.description ? ": " : "",
				n->facts.description ? n->facts.description : "");
	if (!req->dry && store_history_docket(s, out->cs.id, entry, req->cause) != STORE_OK) {
		free(entry);
		goto store_error;
	}
	free(entry);
	rc = 0;
	goto out;
store_error:
	*err = xstrdup(store_errmsg(s));
out:
	order_file_free(&f);
	free(docket);
	return rc;
}

void notice_result_free(struct notice_result *r)
{
	case_row_free(&r->cs);
	import_result_free(&r->r);
}
