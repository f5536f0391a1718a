/*
 * frames-table.c: directive frames read from their table (data/frames.tsv,
 * compiled in): each row's pattern parsed into elements and alternatives, and
 * the prefilter each frame's required elements give (frame_filter), which
 * frames.c's matcher runs for every sentence.
 */
#include "frames-table.h"

#include "ascii.h"
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "tokens.h"
#include "util.h"

struct frame *frames;
size_t nframes;
struct frame_filter *filters;
struct need_bits *need_pool;

static const char *const kind_names[FK_COUNT] = {
	"deadline", "hearing", "setting", "until", "coord", "marker", "recited", "reported",
	"condition", "law", "court-act", "ministerial", "ruling", "prohibition", "permission"};

const char *frame_kind_name(enum frame_kind k)
{
	return k < FK_COUNT ? kind_names[k] : "?";
}

int frame_kind_operative(enum frame_kind k)
{
	return k <= FK_COORD;
}

size_t frame_count(void)
{
	return nframes;
}
const char *frame_name(int f)
{
	return frames[f].name;
}
enum frame_kind frame_kind(int f)
{
	return frames[f].kind;
}
unsigned frame_flags(int f)
{
	return frames[f].flags;
}
int frame_once_ok(int f)
{
	return frames[f].once_ok;
}

/* ---- parsing ---- */

static int parse_alt(const char *s, size_t n, struct alt *a, char **err)
{
	memset(a, 0, sizeof *a);
	static const struct {
		const char *name;
		enum token_type t;
	} types[] = {{"DATE", TK_DATE}, {"TIME", TK_TIME}, {"PERIOD", TK_PERIOD}, {"NUM", TK_NUM}};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strlen(types[i].name) == n && !strncmp(s, types[i].name, n)) {
			a->type = A_TYPE;
			a->ttype = types[i].t;
			return 0;
		}
	if (n == 1 && strchr(",:;()[]/\"-", s[0])) {
		a->type = A_PUNCT;
		a->word[0] = s[0];
		return 0;
	}
	if (s[0] == '@') {
		const char *dot = memchr(s, '.', n);
		size_t cn = (dot ? (size_t)(dot - s) : n) - 1;
		char name[40];
		if (cn == 0 || cn >= sizeof name) {
			*err = xasprintf("'%.*s': a class name after '@'", (int)n, s);
			return -1;
		}
		memcpy(name, s + 1, cn);
		name[cn] = '\0';
		a->type = A_CLASS;
		a->cls = lexicon_class_named(name);
		if (a->cls < 0) {
			*err = xasprintf("'%.*s': no lexicon entry has class '%s'", (int)n, s, name);
			return -1;
		}
		if (dot) {
			static const struct {
				const char *name;
				unsigned bit;
			} tags[] = {{"base", LF_BASE}, {"pres", LF_PRES}, {"past", LF_PAST},
				    {"pp", LF_PP},     {"ing", LF_ING},   {"pl", LF_PL}};
			const char *t = dot + 1, *end = s + n;
			while (t < end) {
				const char *e = t;
				while (e < end && *e != '+')
					e++;
				size_t i;
				for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
					if (strlen(tags[i].name) == (size_t)(e - t) && !strncmp(t, tags[i].name, (size_t)(e - t)))
						break;
				if (i == sizeof tags / sizeof tags[0]) {
					*err = xasprintf("'%.*s': unknown form '%.*s' (base, pres, past, pp, ing or pl)",
							 (int)n, s, (int)(e - t), t);
					return -1;
				}
				a->forms |= tags[i].bit;
				t = e < end ? e + 1 : e;
			}
		}
		return 0;
	}
	if (n >= sizeof a->word) {
		*err = xasprintf("'%.*s': word too long", (int)n, s);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		if (!ascii_islower((unsigned char)s[i]) && !ascii_isdigit((unsigned char)s[i]) && s[i] != '\'' && s[i] != '-') {
			*err = xasprintf("'%.*s': not a lower-case word, @class, DATE, TIME, PERIOD, NUM, "
					 "punctuation, slot or '...'", (int)n, s);
			return -1;
		}
	a->type = A_WORD;
	memcpy(a->word, s, n);
	a->word[n] = '\0';
	a->len = (uint8_t)n;
	a->hash = text_word_hash(s, n);
	return 0;
}

static int parse_element(const char *s, size_t n, struct element *el, char **err)
{
	memset(el, 0, sizeof *el);
	if (n > 1 && s[n - 1] == '?') {
		el->optional = 1;
		n--;
	}
	if (n == 3 && !strncmp(s, "...", 3)) {
		el->type = E_GAP;
		return el->optional ? (*err = xstrdup("'...' cannot be optional"), -1) : 0;
	}
	if (s[0] == '{') {
		static const char *const slots[SLOT_COUNT] = {"{who}", "{what}", "{event}", "{action}"};
		for (int i = 0; i < SLOT_COUNT; i++)
			if (strlen(slots[i]) == n && !strncmp(s, slots[i], n)) {
				el->type = E_SLOT;
				el->slot = (enum slot)i;
				if (el->optional) {
					*err = xasprintf("'%.*s': a slot cannot be optional", (int)n, s);
					return -1;
				}
				return 0;
			}
		*err = xasprintf("'%.*s': unknown slot ({who}, {what}, {event} or {action})", (int)n, s);
		return -1;
	}
	el->type = E_ALTS;
	if (s[0] == '!') {
		el->type = E_NOT;
		s++, n--;
		if (el->optional) {
			*err = xstrdup("a '!' element cannot be optional");
			return -1;
		}
	}
	const char *p = s, *end = s + n;
	el->alt = xcalloc(MAX_ALTS, sizeof *el->alt);
	while (p < end) {
		const char *bar = p;
		while (bar < end && *bar != '|')
			bar++;
		if (bar == p) {
			*err = xasprintf("'%.*s': empty alternative", (int)n, s);
			return -1;
		}
		if (el->nalt == MAX_ALTS) {
			*err = xasprintf("'%.*s': more than %d alternatives", (int)n, s, MAX_ALTS);
			return -1;
		}
		if (parse_alt(p, (size_t)(bar - p), &el->alt[el->nalt++], err) != 0)
			return -1;
		p = bar < end ? bar + 1 : bar;
	}
	el->alt = xrealloc(el->alt, (size_t)(el->nalt ? el->nalt : 1) * sizeof *el->alt);
	return 0;
}

static int parse_kind(const char *s, enum frame_kind *k)
{
	for (int i = 0; i < FK_COUNT; i++)
		if (!strcmp(s, kind_names[i])) {
			*k = (enum frame_kind)i;
			return 0;
		}
	return -1;
}

static int parse_flags(const char *s, unsigned *flags, char **err)
{
	static const struct {
		const char *name;
		unsigned bit;
	} names[] = {{"party", FF_PARTY},	  {"time", FF_TIME},	     {"date", FF_DATE},
		     {"optional", FF_OPTIONAL}, {"title-stay", FF_TITLE_STAY}, {"decretal", FF_DECRETAL},
		     {"opening", FF_OPENING},	  {"capital", FF_CAPITAL}};
	*flags = 0;
	if (!strcmp(s, "-"))
		return 0;
	const char *p = s;
	while (*p) {
		const char *e = p;
		while (*e && *e != ',')
			e++;
		size_t i;
		for (i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strlen(names[i].name) == (size_t)(e - p) && !strncmp(p, names[i].name, (size_t)(e - p)))
				break;
		if (i == sizeof names / sizeof names[0]) {
			*err = xasprintf("unknown flag '%.*s' (party, time, date, optional, title-stay, decretal or -)",
					 (int)(e - p), p);
			return -1;
		}
		*flags |= names[i].bit;
		p = *e ? e + 1 : e;
	}
	return 0;
}

static int parse_frame(const char *const row[5], struct frame *f, char **err)
{
	memset(f, 0, sizeof *f);
	f->name = row[0];
	for (const char *q = row[0]; *q; q++)
		if (!ascii_islower((unsigned char)*q) && !ascii_isdigit((unsigned char)*q) && *q != '-') {
			*err = xasprintf("frame name '%s': only a-z, 0-9 and -", row[0]);
			return -1;
		}
	if (parse_kind(row[1], &f->kind) != 0) {
		*err = xasprintf("unknown kind '%s'", row[1]);
		return -1;
	}
	if (parse_flags(row[2], &f->flags, err) != 0)
		return -1;
	f->once_ok = has_prefix(row[4], "once:");
	const char *p = row[3];
	int action_seen = 0;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if (f->nel == MAX_ELEMENTS) {
			*err = xasprintf("pattern has more than %d elements", MAX_ELEMENTS);
			return -1;
		}
		if (action_seen) {
			*err = xstrdup("{action} must be the pattern's last element");
			return -1;
		}
		struct element *el = &f->el[f->nel];
		if (parse_element(p, (size_t)(e - p), el, err) != 0)
			return -1;
		action_seen = el->type == E_SLOT && el->slot == SLOT_ACTION;
		if (el->type == E_ALTS && !el->optional && el->nalt == 1 && el->alt[0].type == A_CLASS)
			f->need |= (uint64_t)1 << el->alt[0].cls;
		f->nel++;
		p = e;
	}
	if (f->nel == 0) {
		*err = xstrdup("empty pattern");
		return -1;
	}
	int concrete = 0;
	for (int i = 0; i < f->nel; i++)
		concrete |= f->el[i].type == E_ALTS && !f->el[i].optional;
	if (!concrete) {
		*err = xstrdup("the pattern needs one element that is not optional, a slot or a gap");
		return -1;
	}
	for (int e = 0; e < f->nel; e++) {
		const struct element *el = &f->el[e];
		if (el->type != E_ALTS || el->optional)
			continue;
		struct need_bits *nb = &f->needs[f->nneeds++];
		for (int k = 0; k < el->nalt; k++) {
			const struct alt *a = &el->alt[k];
			switch (a->type) {
			case A_CLASS:
				nb->classes |= (uint64_t)1 << a->cls;
				break;
			case A_WORD:
				word_set(nb->words, a->hash);
				break;
			case A_PUNCT:
				word_set(nb->words, text_word_hash(a->word, 1));
				break;
			case A_TYPE:
				nb->types |= 1u << a->ttype;
				break;
			}
		}
	}
	f->slot_first = f->el[0].type == E_SLOT;
	const struct element *e0 = &f->el[0];
	f->first_fast = e0->type == E_ALTS && !e0->optional;
	for (int k = 0; f->first_fast && k < e0->nalt; k++) {
		const struct alt *a = &e0->alt[k];
		if (a->type == A_CLASS && !a->forms)
			f->first_classes |= (uint64_t)1 << a->cls;
		else if (a->type == A_CLASS)
			f->first_classes |= (uint64_t)1 << a->cls; /* the forms are checked by the match */
		else if (a->type == A_WORD)
		{
			f->first_hash[f->nfirst_words++] = a->hash;
			word_set(f->first_words, a->hash);
		} else
			f->first_fast = 0;
	}
	return 0;
}

static void frame_array_free(struct frame *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		for (int e = 0; e < MAX_ELEMENTS; e++)
			free(v[i].el[e].alt);
	free(v);
}

void frames_free(void)
{
	frame_array_free(frames, nframes);
	free(filters);
	free(need_pool);
	frames = NULL;
	filters = NULL;
	need_pool = NULL;
	nframes = 0;
}

int frames_build(const char *const (*rows)[5], size_t n, size_t *bad_row, char **err)
{
	frame_roles_build();
	struct frame *v = xcalloc(n ? n : 1, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		*bad_row = i;
		for (size_t k = 0; k < i; k++)
			if (!strcmp(rows[k][0], rows[i][0])) {
				*err = xasprintf("frame '%s' is listed twice", rows[i][0]);
				frame_array_free(v, n);
				return -1;
			}
		if (parse_frame(rows[i], &v[i], err) != 0) {
			frame_array_free(v, n);
			return -1;
		}
	}
	frames_free();
	frames = v;
	nframes = n;
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += (size_t)v[i].nneeds;
	filters = xcalloc(n ? n : 1, sizeof *filters);
	need_pool = xcalloc(total ? total : 1, sizeof *need_pool);
	for (size_t i = 0, at = 0; i < n; i++) {
		filters[i] = (struct frame_filter){v[i].need, (uint32_t)at, (uint32_t)v[i].nneeds};
		memcpy(need_pool + at, v[i].needs, (size_t)v[i].nneeds * sizeof *need_pool);
		at += (size_t)v[i].nneeds;
	}
	return 0;
}
