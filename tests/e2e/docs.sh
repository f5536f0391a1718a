#!/bin/sh
# docs.sh: what is installed beside the programs says what they do. The
# manual describes every option of every command in the command table
# (src/cli/commands.c, listed by src/cli/deadlines-completion), with EXAMPLES
# and EXIT STATUS and the configured paths; the shell completions written
# from the same table complete commands, verbs and options.
. "$DL_SRCDIR/tests/lib.sh"
build="$(dirname "$DEADLINES_BIN")/.."
man="$build/doc/deadlines.1"
gen="$build/src/cli/deadlines-completion"

"$gen" options >"$T/options"
is "$?" 0 "the command table lists its options"
missing=
while read -r cmd a b; do
	opt=${b:-$a}
	name=$cmd
	[ "$cmd" = - ] && name="GLOBAL OPTIONS"
	# the command's part of the manual: from its .SS (or .SH) to the next
	case $name in
	"GLOBAL OPTIONS") part=$(sed -n '/^\.SH GLOBAL OPTIONS/,/^\.SH COMMANDS/p' "$man") ;;
	*) part=$(awk -v c="$name" '/^\.S[SH] /{on = index($0, "\"" c " ") || index($0, "\"" c "\"") || index($0, "\"" c ",") || index($0, " " c "\"")} on' "$man") ;;
	esac
	printf '%s\n' "$part" | grep -q -- "$(printf '%s' "$opt" | sed 's/-/\\\\-/g')" || missing="$missing $name:$opt"
done <"$T/options"
is "$missing" "" "the manual describes every option of every command"
for s in EXAMPLES "EXIT STATUS" ENVIRONMENT FILES; do
	grep -q "^\.SH $s" "$man"
	ok $? "the manual has $s"
done
grep -q '\$(\|@[a-z]*@' "$man"
[ $? -ne 0 ]
ok $? "the manual names the configured paths, no make variable or placeholder"
if command -v groff >/dev/null 2>&1; then
	groff -man -ww -z "$man" >"$T/groff" 2>&1
	is "$?:$(cat "$T/groff")" "0:" "groff reads the manual without a warning"
else
	skip 1 "groff is not installed"
fi

# the bash completion, as bash runs it
comp="$build/contrib/completion/deadlines"
complete_words() { # complete_words WORD...: what bash offers for the last word
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _deadlines; printf "%s\n" "${COMPREPLY[@]}"' \
		sh "$comp" "$@" | sort | tr '\n' ' '
}
is "$(complete_words deadlines ca)" "case " "bash completes a command"
is "$(complete_words deadlines case "")" "add edit list show " "... a command's verbs"
is "$(complete_words deadlines -d x.db list --ov)" "--overdue " "... an option, after a global option and its value"
is "$(complete_words deadlines subscriber add --ca)" "--case " "... a verb's options"
is "$(complete_words deadlines review a)" "accept add " "... the review queue's verbs"
is "$(complete_words deadlines help im)" "import " "... and a command for help"
if command -v zsh >/dev/null 2>&1; then
	zsh -n "$build/contrib/completion/_deadlines"
	ok $? "the zsh completion parses"
else
	skip 1 "zsh is not installed"
fi
done_testing
