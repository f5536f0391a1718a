/*
 * party-roles.h: who an obligation binds. A --who names a party: a role
 * (plaintiff or plaintiffs: every party in that role, named or not) or a
 * party of the case by its whole name. Obligations of "parties" or
 * "counsel" bind every party. Names compare without regard to ASCII case
 * or blanks at either end.
 */
#ifndef DL_PARTY_ROLES_H
#define DL_PARTY_ROLES_H

/* 1 if s is a role a party may have (party add --role): "plaintiff",
 * "defendant", "petitioner", "respondent", "appellant", "appellee",
 * "debtor", "creditor", "trustee", "intervenor", "movant", "third-party",
 * "other". */
int party_is_role(const char *s);

/* The role a word names, singular or plural ("Defendants" -> "defendant"),
 * or NULL. */
const char *party_role_of(const char *word);
/* The plural of a role ("defendant" -> "defendants"). */
const char *party_role_plural(const char *role);

/* The words whose obligations bind every party ("parties", "counsel", ...),
 * in normal form, NULL-ended. */
extern const char *const party_everyone[];

/* s in the form names are compared in (malloc'd): ASCII lower case,
 * without blanks at either end. */
char *party_normal(const char *s);

#endif
