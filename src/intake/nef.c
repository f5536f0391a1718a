/*
 * nef.c: a CM/ECF Notice of Electronic Filing read from its text (see
 * nef.h). The text is taken line by line (a forwarded copy's "> " quoting
 * removed); the court comes from the lines above "Notice of Electronic
 * Filing", the fields from their labels ("Case Number:", "Document Number:",
 * "Docket Text:"), the dates from "The following transaction was entered
 * ... on 3/15/2019 ... and filed on 3/15/2019".
 */
#include "nef.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "util.h"

struct line {
	const char *s;
	size_t n;
};

/* The text's lines, trimmed, a quoting "> " removed; empty ones kept. */
static struct line *split_lines(const char *text, size_t len, size_t *count)
{
	size_t cap = 64, n = 0;
	struct line *v = xmalloc(cap * sizeof *v);
	const char *p = text, *end = text + len;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *e = eol ? eol : end, *s = p;
		while (s < e && (*s == '>' || *s == ' ' || *s == '\t'))
			s++;
		while (e > s && isspace((unsigned char)e[-1]))
			e--;
		if (n == cap)
			v = xrealloc(v, (cap *= 2) * sizeof *v);
		v[n++] = (struct line){s, (size_t)(e - s)};
		p = eol ? eol + 1 : end;
	}
	*count = n;
	return v;
}

/* Where needle (letter case aside) is in l, or NULL. */
static const char *find(struct line l, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= l.n; i++)
		if (!strncasecmp(l.s + i, needle, k))
			return l.s + i;
	return NULL;
}

/* Does line l begin with one of the notice's labels? */
static int is_label(struct line l)
{
	static const char *const labels[] = {"Case Name:", "Case Number:", "Filer:", "Document Number:",
					     "Docket Text:", "Chapter:", NULL};
	for (int k = 0; labels[k]; k++)
		if (l.n >= strlen(labels[k]) && !strncasecmp(l.s, labels[k], strlen(labels[k])))
			return 1;
	return 0;
}

/* The value after label (a line "Label: value"), or, when the label ends its
 * line, the next line that is not empty and no label itself ("Filer:" of an
 * entry the court made has none). NULL when line i is not the label. */
static char *field(const struct line *v, size_t n, size_t i, const char *label)
{
	size_t k = strlen(label);
	if (v[i].n < k || strncasecmp(v[i].s, label, k))
		return NULL;
	const char *s = v[i].s + k, *e = v[i].s + v[i].n;
	while (s < e && isspace((unsigned char)*s))
		s++;
	if (s == e) {
		for (size_t j = i + 1; j < n && j < i + 3; j++)
			if (v[j].n)
				return is_label(v[j]) ? xstrdup("") : xstrndup(v[j].s, v[j].n);
		return xstrdup("");
	}
	return xstrndup(s, (size_t)(e - s));
}

/* Fold white space to single spaces, lower case. */
static char *fold(const char *s)
{
	struct buf b;
	buf_init(&b);
	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			if (b.len && b.data[b.len - 1] != ' ')
				buf_putc(&b, ' ');
		} else {
			buf_putc(&b, (char)tolower((unsigned char)*s));
		}
	}
	while (b.len && b.data[b.len - 1] == ' ')
		b.data[--b.len] = '\0';
	return buf_detach(&b);
}

const char *nef_court_code(const char *kind, const char *district)
{
	char *d = fold(district);
	const char *code = NULL;
	/* what some courts add: "[LIVE]", "Live Database", "- CM/ECF LIVE, Ver 6.3.3" */
	char *cut = strstr(d, " - ");
	if (cut)
		*cut = '\0';
	static const char *const noise[] = {"[live]", "live database", "live system", NULL};
	for (int i = 0; noise[i]; i++) {
		char *at;
		while ((at = strstr(d, noise[i]))) {
			size_t k = strlen(noise[i]);
			memmove(at, at + k, strlen(at + k) + 1);
		}
	}
	size_t dl = strlen(d);
	while (dl && (d[dl - 1] == '-' || d[dl - 1] == ' '))
		d[--dl] = '\0';
	char *f = fold(d);
	free(d);
	d = f;
	/* the court's whole name: "United States Bankruptcy Court for the District of Columbia" */
	const char *s = d;
	const char *forthe = strstr(s, "court for the ");
	if (forthe)
		s = forthe + strlen("court for the ");
	else if (!strncmp(s, "for the ", 8))
		s += 8;
	/* "Alabama Middle District": the state first */
	static const char *const dirs[] = {"northern", "southern", "eastern", "western",
					   "middle",   "central",  NULL};
	char *turned = NULL;
	size_t sl = strlen(s);
	if (sl > 9 && !strcmp(s + sl - 9, " district")) {
		for (int i = 0; dirs[i]; i++) {
			size_t k = strlen(dirs[i]);
			if (sl > 9 + k + 1 && !strncmp(s + sl - 9 - k, dirs[i], k) &&
			    s[sl - 9 - k - 1] == ' ') {
				turned = xasprintf("%s district of %.*s", dirs[i],
						   (int)(sl - 9 - k - 1), s);
				s = turned;
				break;
			}
		}
	}
	enum court_kind want = !strcasecmp(kind, "bankruptcy") ? COURT_BANKRUPTCY : COURT_DISTRICT;
	for (size_t i = 0; i < court_count() && !code; i++) {
		const struct court *c = court_at(i);
		const char *name = c->kind == want ? strstr(c->name, " for the ") : NULL;
		if (name && !strcasecmp(name + 9, s))
			code = c->code;
	}
	free(turned);
	free(d);
	return code;
}

/* The court: the lines between one naming a District or Bankruptcy Court and
 * the notice's title line (at). */
static enum nef_error court_of(const struct line *v, size_t at, struct notice *out, char **why)
{
	size_t first = at, seen = 0, named_from = at;
	int court_line = 0;
	while (first > 0 && seen < 4) {
		first--;
		if (!v[first].n)
			continue;
		if (++seen <= 2)
			named_from = first;
		if ((court_line = find(v[first], "District Court") ||
				  find(v[first], "Bankruptcy Court")))
			break;
	}
	if (!court_line) /* (what the notice names: the two lines above its title) */
		first = named_from;
	struct buf named, district;
	buf_init(&named);
	buf_init(&district);
	const char *kind = NULL;
	for (size_t i = first; i < at; i++) {
		if (!v[i].n)
			continue;
		buf_printf(&named, "%s%.*s", named.len ? " / " : "", (int)v[i].n, v[i].s);
		const char *c = find(v[i], "District Court");
		const char *b = find(v[i], "Bankruptcy Court");
		if (!kind && (c || b)) {
			kind = b ? "Bankruptcy" : "District";
			const char *rest =
				(b ? b : c) + strlen(b ? "Bankruptcy Court" : "District Court");
			size_t n = (size_t)(v[i].s + v[i].n - rest);
			buf_add(&district, rest, n);
			continue;
		}
		buf_printf(&district, " %.*s", (int)v[i].n, v[i].s);
	}
	/* a title on the title line itself: "Eastern District of Virginia - Notice of ..." */
	const char *t = find(v[at], "Notice of ");
	if (t > v[at].s)
		buf_printf(&district, " %.*s", (int)(t - v[at].s), v[at].s);
	out->facts.court_line = named.len ? buf_detach(&named) : (buf_free(&named), NULL);
	const char *code = kind ? nef_court_code(kind, district.data ? district.data : "") : NULL;
	buf_free(&district);
	if (!code) {
		*why = xasprintf("names a court that is not in the court registry (%s)",
				 out->facts.court_line ? out->facts.court_line : "no court line");
		return NEF_UNKNOWN_COURT;
	}
	out->facts.court = xstrdup(code);
	return NEF_OK;
}

/* "The following transaction was entered [by X] on 3/15/2019 [at] 9:52 AM
 * [EDT] and filed on 3/15/2019": the two dates, in the text from line i. */
static void dates_of(const struct line *v, size_t n, size_t i, struct notice *out)
{
	struct buf b;
	buf_init(&b);
	for (size_t j = i; j < n && j < i + 4; j++) {
		if (j > i && (find(v[j], "Case Name") || find(v[j], "Case Number")))
			break;
		buf_printf(&b, "%.*s ", (int)v[j].n, v[j].s);
	}
	const char *entered = strstr(b.data, "entered");
	const char *filed = strstr(b.data, "filed on");
	size_t used;
	dl_day day;
	for (const char *p = entered; p && *p && (!filed || p < filed); p++)
		if (isdigit((unsigned char)*p) && us_date_parse(p, &used, &day)) {
			out->facts.entered = day;
			break;
		}
	if (filed) {
		const char *p = filed + 8;
		while (*p == ' ')
			p++;
		if (us_date_parse(p, &used, &day))
			out->facts.filed = day;
	}
	buf_free(&b);
}

/* Does line l end the docket text? */
static int docket_text_end(struct line l)
{
	static const char *const ends[] = {
		"Notice has been electronically mailed",
		"Notice will be electronically mailed",
		"Notice has been delivered by other means",
		"Notice will not be electronically mailed",
		"Notice has not been electronically mailed",
		"Notice will be delivered by other means",
		"The following document(s) are associated",
		"Electronic document Stamp",
		"Document description:",
		"Case Name:", /* the next case of a notice that names several */
		NULL};
	for (int i = 0; ends[i]; i++)
		if (find(l, ends[i]))
			return 1;
	return 0;
}

/* The short description: the subject after "Activity in Case NUMBER NAME". */
static char *description_of(const char *subject, const struct notice *n)
{
	const char *s = subject ? strstr(subject, "Activity in Case") : NULL;
	if (!s || !n->facts.case_name)
		return NULL;
	s += strlen("Activity in Case");
	while (*s == ' ')
		s++;
	while (*s && *s != ' ')
		s++; /* the number */
	while (*s == ' ')
		s++;
	char *name = fold(n->facts.case_name), *rest = fold(s);
	char *d = NULL;
	size_t k = strlen(name);
	if (k && !strncmp(rest, name, k) && rest[k] == ' ') {
		/* past as many words of the subject as the name has */
		size_t words = 1;
		for (size_t i = 0; i < k; i++)
			words += name[i] == ' ';
		const char *p = s;
		for (size_t w = 0; w < words; w++) {
			while (isspace((unsigned char)*p))
				p++;
			while (*p && !isspace((unsigned char)*p))
				p++;
		}
		while (isspace((unsigned char)*p))
			p++;
		size_t e = strlen(p);
		while (e && isspace((unsigned char)p[e - 1]))
			e--;
		if (e)
			d = xstrndup(p, e);
	}
	free(name);
	free(rest);
	return d;
}

enum nef_error nef_parse(const char *text, size_t len, const char *subject, const char *links,
			 struct notice *out, char **why)
{
	size_t n, title = (size_t)-1;
	enum nef_error rc = NEF_OK;
	memset(out, 0, sizeof *out);
	out->facts.filed = out->facts.entered = DATE_NONE;
	struct line *v = split_lines(text, len, &n);
	for (size_t i = 0; i < n && title == (size_t)-1; i++)
		if (find(v[i], "Notice of Electronic Filing") ||
		    find(v[i], "Notice of Bankruptcy Case Filing"))
			title = i;
	if (title == (size_t)-1) {
		*why = xstrdup(
			"is not a CM/ECF notice of electronic filing (no \"Notice of Electronic "
			"Filing\" in it)");
		rc = NEF_NOT_NOTICE;
		goto out;
	}
	if ((rc = court_of(v, title, out, why)) != NEF_OK)
		goto out;
	struct buf docket;
	buf_init(&docket);
	int in_docket = 0;
	for (size_t i = title + 1; i < n; i++) {
		char *val;
		if (in_docket) {
			if (docket_text_end(v[i]))
				break;
			if (v[i].n || docket.len)
				buf_printf(&docket, "%.*s\n", (int)v[i].n, v[i].s);
			continue;
		}
		if (find(v[i], "The following transaction was") &&
		    out->facts.entered == DATE_NONE) {
			dates_of(v, n, i, out);
		} else if ((val = field(v, n, i, "Case Name:"))) {
			out->ncases++;
			if (!out->facts.case_name)
				out->facts.case_name = val;
			else
				free(val);
		} else if ((val = field(v, n, i, "Case Number:"))) {
			size_t k = strcspn(val, " \t");
			if (!out->facts.case_number && k)
				out->facts.case_number = xstrndup(val, k);
			free(val);
		} else if ((val = field(v, n, i, "Filer:"))) {
			if (!out->facts.filer && *val)
				out->facts.filer = val;
			else
				free(val);
		} else if ((val = field(v, n, i, "Document Number:"))) {
			size_t k = 0;
			while (isdigit((unsigned char)val[k]))
				k++;
			if (!out->facts.document && k)
				out->facts.document = xstrndup(val, k);
			free(val);
		} else if (v[i].n >= 12 && !strncasecmp(v[i].s, "Docket Text:", 12)) {
			/* (what follows on its line, then the lines below) */
			const char *s = v[i].s + 12, *e = v[i].s + v[i].n;
			while (s < e && isspace((unsigned char)*s))
				s++;
			in_docket = 1;
			if (s < e)
				buf_printf(&docket, "%.*s\n", (int)(e - s), s);
		}
	}
	while (docket.len && isspace((unsigned char)docket.data[docket.len - 1]))
		docket.data[--docket.len] = '\0';
	out->docket_text = docket.len ? buf_detach(&docket) : (buf_free(&docket), NULL);
	if (!out->facts.case_number) {
		*why = xstrdup("is a notice of electronic filing that names no case number");
		rc = NEF_NO_CASE;
		goto out;
	}
	if (!out->docket_text) {
		*why = xasprintf("is a notice of electronic filing in case %s with no docket text",
				 out->facts.case_number);
		rc = NEF_NO_DOCKET_TEXT;
		goto out;
	}
	if (out->facts.entered == DATE_NONE)
		out->facts.entered = out->facts.filed;
	/* (hostile text: each field a line of safe characters) */
	char *fields[] = {out->facts.case_number, out->facts.case_name, out->facts.filer,
			  out->facts.document, out->facts.court_line};
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (fields[i])
			text_clean_field(fields[i]);
	out->facts.description = description_of(subject, out);
	if (out->facts.description)
		text_clean_field(out->facts.description);
	/* the documents' links ("/doc1/"), one a line */
	struct buf l;
	buf_init(&l);
	for (const char *p = links; p && *p;) {
		size_t k = strcspn(p, "\n");
		if (memmem(p, k, "/doc1/", 6))
			buf_printf(&l, "%.*s\n", (int)k, p);
		p += k + (p[k] == '\n');
	}
	for (size_t i = 0; !links && i < n; i++) {
		const char *u = find(v[i], "/doc1/");
		if (u) {
			const char *s = u;
			while (s > v[i].s && !isspace((unsigned char)s[-1]))
				s--;
			size_t k = strcspn(s, " \t\n");
			buf_printf(&l, "%.*s\n", (int)k, s);
		}
	}
	for (char *p = l.data; p && *p;) { /* (each link a line of safe characters) */
		size_t k = strcspn(p, "\n");
		char end = p[k];
		p[k] = '\0';
		text_clean_field(p);
		p[k] = end;
		p += k + (end != '\0');
	}
	out->facts.links = l.len ? buf_detach(&l) : (buf_free(&l), NULL);
out:
	free(v);
	if (rc != NEF_OK)
		notice_free(out);
	return rc;
}

void notice_free(struct notice *n)
{
	doc_facts_free(&n->facts);
	free(n->docket_text);
	memset(n, 0, sizeof *n);
	n->facts.filed = n->facts.entered = DATE_NONE;
}
