/*
 * party-roles.c: roles and party names (see party-roles.h).
 */
#include "party-roles.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const struct {
	const char *one, *many;
} roles[] = {
	{"plaintiff", "plaintiffs"},	{"defendant", "defendants"}, {"petitioner", "petitioners"},
	{"respondent", "respondents"},	{"appellant", "appellants"}, {"appellee", "appellees"},
	{"debtor", "debtors"},		{"creditor", "creditors"},   {"trustee", "trustees"},
	{"intervenor", "intervenors"}, {"movant", "movants"},	     {"third-party", "third-parties"},
	{"other", "others"},
};
#define NROLES (sizeof roles / sizeof roles[0])

const char *const party_everyone[] = {
	"parties", "all parties", "the parties", "each party", "counsel", "all counsel",
	"counsel for all parties", "counsel of record", NULL,
};

const char *party_role_of(const char *word)
{
	char *w = party_normal(word);
	const char *role = NULL;
	for (size_t i = 0; i < NROLES && !role; i++)
		if (!strcmp(w, roles[i].one) || !strcmp(w, roles[i].many))
			role = roles[i].one;
	free(w);
	return role;
}

int party_is_role(const char *s)
{
	for (size_t i = 0; i < NROLES; i++)
		if (!strcmp(s, roles[i].one))
			return 1;
	return 0;
}

const char *party_role_plural(const char *role)
{
	for (size_t i = 0; i < NROLES; i++)
		if (!strcmp(role, roles[i].one))
			return roles[i].many;
	return role;
}

char *party_normal(const char *s)
{
	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	char *w = xstrndup(s, n);
	for (char *p = w; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return w;
}
