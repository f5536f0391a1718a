/*
 * lexicon.c: the reader's words, their classes and forms (see lexicon.h).
 * A lexicon is an array of entries and an open-addressing hash table from
 * each form's text to its meanings (entry, form bits).
 */
#include "lexicon.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct entry {
	const char *lemma;
	uint64_t classes;
	int once_ok;
};

struct form {
	const char *text; /* points into the rows (not NUL-terminated at len) */
	size_t len;
	uint16_t entry;
	uint8_t forms;
};

struct lexicon {
	struct entry *entries;
	size_t nentries;
	char *class_names[LEX_MAX_CLASSES];
	int nclasses;
	struct form *forms;
	size_t nforms, capforms;
	int *slots;       /* hash: index into forms, -1 empty */
	size_t nslots;
	/* first words of several-word forms */
	struct form *heads;
	size_t nheads, capheads;
	int *head_slots;  /* hash: index into heads, -1 empty */
	size_t nhead_slots;
};

static struct lexicon *current;

static struct {
	const char *name;
	int cls;
} class_memo[256]; /* (open addressing by the name's address; far more than the names asked) */

void lexicon_use(struct lexicon *lex)
{
	current = lex;
	memset(class_memo, 0, sizeof class_memo);
}

uint64_t lexicon_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

int lexicon_parse_classes(const char *classes, void (*each)(const char *name, size_t len, void *arg),
			  void *arg, char **err)
{
	const char *p = classes;
	if (!*p) {
		*err = xstrdup("empty class");
		return -1;
	}
	for (;;) {
		size_t n = 0;
		while (p[n] && p[n] != ',') {
			if (!ascii_islower((unsigned char)p[n]) && p[n] != '-') {
				*err = xasprintf("class '%s': a class name has only a-z and '-'", classes);
				return -1;
			}
			n++;
		}
		if (n == 0) {
			*err = xasprintf("class '%s': empty name", classes);
			return -1;
		}
		if (each)
			each(p, n, arg);
		if (!p[n])
			return 0;
		p += n + 1;
	}
}

static int tag_bits(const char *t, size_t n, unsigned *bits)
{
	static const struct {
		const char *name;
		unsigned bit;
	} tags[] = {{"base", LF_BASE}, {"pres", LF_PRES}, {"past", LF_PAST},
		    {"pp", LF_PP},     {"ing", LF_ING},   {"pl", LF_PL}};
	for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (strlen(tags[i].name) == n && !strncmp(t, tags[i].name, n)) {
			*bits |= tags[i].bit;
			return 0;
		}
	return -1;
}

/* Forms are separated by spaces, but a several-word lemma's forms have spaces
 * inside: "held in abeyance/pp hold in abeyance". A form ends at a tag or at
 * the end; words are grouped by the lemma's word count when untagged. */
int lexicon_parse_forms(const char *lemma, const char *forms,
			void (*each)(const char *w, size_t len, unsigned forms, void *arg), void *arg,
			char **err)
{
	size_t lemma_words = 1;
	for (const char *q = lemma; *q; q++)
		lemma_words += *q == ' ';
	for (const char *q = lemma; *q; q++)
		if (!ascii_islower((unsigned char)*q) && *q != ' ' && *q != '\'' && *q != '-') {
			*err = xasprintf("lemma '%s': only lower-case a-z, spaces, ' and -", lemma);
			return -1;
		}
	const char *p = forms;
	int any = 0;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		/* a form: lemma_words words (the last may carry a tag) */
		const char *start = p;
		size_t words = 0;
		const char *slash = NULL;
		while (*p) {
			while (*p && *p != ' ' && *p != '/')
				p++;
			words++;
			if (*p == '/') {
				slash = p;
				while (*p && *p != ' ')
					p++;
				break;
			}
			if (words == lemma_words || !*p)
				break;
			p++; /* the space inside a several-word form */
		}
		const char *end = slash ? slash : p;
		unsigned bits = 0;
		if (slash) {
			const char *t = slash + 1;
			while (t < p) {
				const char *e = t;
				while (e < p && *e != '+')
					e++;
				if (tag_bits(t, (size_t)(e - t), &bits) != 0) {
					*err = xasprintf("form '%.*s': unknown tag '%.*s' (base, pres, past, pp, "
							 "ing or pl)", (int)(p - start), start, (int)(e - t), t);
					return -1;
				}
				t = e < p ? e + 1 : e;
			}
		} else {
			bits = LF_BASE;
		}
		for (const char *q = start; q < end; q++)
			if (!ascii_islower((unsigned char)*q) && *q != ' ' && *q != '\'' && *q != '-') {
				*err = xasprintf("form '%.*s': only lower-case a-z, spaces, ' and -",
						 (int)(end - start), start);
				return -1;
			}
		if (end == start) {
			*err = xasprintf("empty form in '%s'", forms);
			return -1;
		}
		if (each)
			each(start, (size_t)(end - start), bits, arg);
		any = 1;
	}
	if (!any) {
		*err = xasprintf("lemma '%s' has no forms", lemma);
		return -1;
	}
	return 0;
}

struct build {
	struct lexicon *lex;
	uint16_t entry;
	uint64_t classes;
	int dup;
};

static void add_class(const char *name, size_t len, void *arg)
{
	struct build *b = arg;
	struct lexicon *lex = b->lex;
	int i;
	for (i = 0; i < lex->nclasses; i++)
		if (strlen(lex->class_names[i]) == len && !strncmp(lex->class_names[i], name, len))
			break;
	if (i == lex->nclasses) {
		if (lex->nclasses == LEX_MAX_CLASSES) {
			b->dup = 2;
			return;
		}
		lex->class_names[lex->nclasses++] = xstrndup(name, len);
	}
	b->classes |= (uint64_t)1 << i;
}

static void add_form(const char *w, size_t len, unsigned bits, void *arg)
{
	struct build *b = arg;
	struct lexicon *lex = b->lex;
	for (size_t i = 0; i < lex->nforms; i++)
		if (lex->forms[i].entry == b->entry && lex->forms[i].len == len &&
		    !strncmp(lex->forms[i].text, w, len))
			b->dup = 1;
	if (lex->nforms == lex->capforms)
		lex->forms = xrealloc(lex->forms, (lex->capforms = lex->capforms ? 2 * lex->capforms : 256) *
						     sizeof *lex->forms);
	lex->forms[lex->nforms++] = (struct form){w, len, b->entry, (uint8_t)bits};
	const char *sp = memchr(w, ' ', len);
	if (sp) {
		if (lex->nheads == lex->capheads)
			lex->heads = xrealloc(lex->heads, (lex->capheads = lex->capheads ? 2 * lex->capheads : 16) *
							      sizeof *lex->heads);
		lex->heads[lex->nheads++] = (struct form){w, (size_t)(sp - w), b->entry, 0};
	}
}

void lexicon_free(struct lexicon *lex)
{
	for (int i = 0; i < lex->nclasses; i++)
		free(lex->class_names[i]);
	free(lex->entries);
	free(lex->forms);
	free(lex->slots);
	free(lex->heads);
	free(lex->head_slots);
	free(lex);
}

/* An open-addressed table of v[0..n) by their text's hash: indices into v, -1
 * empty, *nslots (a power of two) at least twice n. */
static int *hash_forms(const struct form *v, size_t n, size_t *nslots)
{
	*nslots = 16;
	while (*nslots < 2 * n)
		*nslots *= 2;
	int *slots = xmalloc(*nslots * sizeof *slots);
	for (size_t i = 0; i < *nslots; i++)
		slots[i] = -1;
	for (size_t i = 0; i < n; i++) {
		size_t s = lexicon_hash(v[i].text, v[i].len) & (*nslots - 1);
		while (slots[s] >= 0)
			s = (s + 1) & (*nslots - 1);
		slots[s] = (int)i;
	}
	return slots;
}

struct lexicon *lexicon_build(const char *const (*rows)[4], size_t n, size_t *bad_row, char **err)
{
	struct lexicon *lex = xcalloc(1, sizeof *lex);
	lex->entries = xcalloc(n ? n : 1, sizeof *lex->entries);
	for (size_t r = 0; r < n; r++) {
		struct build b = {lex, (uint16_t)r, 0, 0};
		*bad_row = r;
		for (size_t k = 0; k < r; k++)
			if (!strcmp(rows[k][0], rows[r][0])) {
				*err = xasprintf("lemma '%s' is listed twice (list a word once, with all its "
						 "classes)", rows[r][0]);
				lexicon_free(lex);
				return NULL;
			}
		if (lexicon_parse_classes(rows[r][1], add_class, &b, err) != 0 ||
		    lexicon_parse_forms(rows[r][0], rows[r][2], add_form, &b, err) != 0) {
			lexicon_free(lex);
			return NULL;
		}
		if (b.dup) {
			*err = b.dup == 2 ? xasprintf("more than %d classes", LEX_MAX_CLASSES)
					  : xasprintf("lemma '%s' lists a form twice", rows[r][0]);
			lexicon_free(lex);
			return NULL;
		}
		lex->entries[r].lemma = rows[r][0];
		lex->entries[r].classes = b.classes;
		lex->entries[r].once_ok = has_prefix(rows[r][3], "once:");
	}
	lex->nentries = n;
	lex->slots = hash_forms(lex->forms, lex->nforms, &lex->nslots);
	lex->head_slots = hash_forms(lex->heads, lex->nheads, &lex->nhead_slots);
	return lex;
}

uint64_t lexicon_entry_classes(int entry)
{
	return current->entries[entry].classes;
}

const char *lexicon_entry_lemma(int entry)
{
	return current->entries[entry].lemma;
}

int lexicon_entry_once_ok(int entry)
{
	return current->entries[entry].once_ok;
}

size_t lexicon_entry_count(void)
{
	return current->nentries;
}

/* Callers name classes with string literals, whose addresses stay put: the
 * answers are kept by address (class_memo; this is asked for every token). */
int lexicon_class_named(const char *name)
{
	for (int i = 0; i < current->nclasses; i++)
		if (!strcmp(current->class_names[i], name))
			return i;
	return -1;
}

int lexicon_class(const char *name)
{
	const size_t n = sizeof class_memo / sizeof class_memo[0];
	size_t i = (size_t)(((uintptr_t)name >> 3) * 0x9E3779B97F4A7C15u >> 56) & (n - 1);
	for (size_t tries = 0; tries < n && class_memo[i].name; tries++, i = (i + 1) & (n - 1))
		if (class_memo[i].name == name)
			return class_memo[i].cls;
	int cls = lexicon_class_named(name);
	if (!class_memo[i].name) {
		class_memo[i].name = name;
		class_memo[i].cls = cls;
	}
	return cls;
}

const char *lexicon_class_name(int cls)
{
	return cls >= 0 && cls < current->nclasses ? current->class_names[cls] : "?";
}

int lexicon_lookup(const char *w, size_t len, struct lex_hit *hits, int max)
{
	return lexicon_lookup_hashed(w, len, lexicon_hash(w, len), hits, max);
}

int lexicon_lookup_hashed(const char *w, size_t len, uint64_t h, struct lex_hit *hits, int max)
{
	int n = 0;
	size_t s = h & (current->nslots - 1);
	for (int i; (i = current->slots[s]) >= 0; s = (s + 1) & (current->nslots - 1)) {
		const struct form *f = &current->forms[i];
		if (f->len != len || memcmp(f->text, w, len))
			continue;
		/* one hit per entry, its form bits merged */
		int k;
		for (k = 0; k < n; k++)
			if (hits[k].entry == f->entry)
				break;
		if (k < n)
			hits[k].forms |= f->forms;
		else if (n < max)
			hits[n++] = (struct lex_hit){f->entry, f->forms};
	}
	return n;
}

int lexicon_starts_phrase(const char *w, size_t len)
{
	return lexicon_starts_phrase_hashed(w, len, lexicon_hash(w, len));
}

int lexicon_starts_phrase_hashed(const char *w, size_t len, uint64_t h)
{
	size_t s = h & (current->nhead_slots - 1);
	for (int i; (i = current->head_slots[s]) >= 0; s = (s + 1) & (current->nhead_slots - 1))
		if (current->heads[i].len == len && !memcmp(current->heads[i].text, w, len))
			return 1;
	return 0;
}
