/*
 * rule-default.h: an obligation whose clause names a rule but no time
 * ("answer as required by Rule 12(a)") gets the rule's own period
 * (src/engine/rule-defaults.h, data/rule-defaults.tsv), marked as a rule
 * default (basis "rule", its citation), in place of no time or a presumed
 * one. Kept apart from the reader's frames and lexicon.
 */
#ifndef DL_RULE_DEFAULT_H
#define DL_RULE_DEFAULT_H

#include "extract.h"

/* Apply the default of the rule e's quote names when e is a deadline with
 * no time stated (none or presumed): 1 when applied, else 0. */
int rule_default_apply(struct extracted *e);

#endif
