/*
 * completion.c: the shell completions of deadlines, written at build time
 * from the command table (commands.c): its commands, their verbs and each
 * one's options, so that a new option completes as soon as it exists. Also
 * lists every option, for the check that the man page documents each.
 *   usage: deadlines-completion bash | zsh | options
 */
#include <stdio.h>
#include <string.h>

#include "cmd.h"

/* The long options of a table, as "--name" words separated by spaces. */
static void put_options(FILE *out, const struct option *o)
{
	for (int first = 1; o && o->name; o++, first = 0)
		fprintf(out, "%s--%s", first ? "" : " ", o->name);
}

/* The global options that take a value, as a shell pattern: -d|--db|... */
static void put_valued_globals(FILE *out)
{
	fputs("-d", out);
	for (const struct option *o = dl_global_options; o->name; o++)
		if (o->has_arg == required_argument)
			fprintf(out, "|--%s", o->name);
}

static void bash(FILE *out)
{
	fputs("# bash completion for deadlines, written from its command table by\n"
	      "# src/cli/completion.c: do not edit.\n"
	      "_deadlines()\n{\n"
	      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} cmd= verb= words= list= i\n"
	      "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	      "\t\tcase ${COMP_WORDS[i]} in\n\t\t",
	      out);
	put_valued_globals(out);
	fputs(")\n\t\t\t[ -z \"$cmd\" ] && ((i++))\n\t\t\tcontinue ;;\n"
	      "\t\t-*) continue ;;\n"
	      "\t\tesac\n"
	      "\t\tif [ -z \"$cmd\" ]; then\n\t\t\tcmd=${COMP_WORDS[i]}\n"
	      "\t\telif [ -z \"$verb\" ]; then\n\t\t\tverb=${COMP_WORDS[i]}\n\t\tfi\n"
	      "\tdone\n"
	      "\tcase $cmd in\n"
	      "\t'') list=1 words=\"",
	      out);
	put_options(out, dl_global_options);
	for (int i = 0; dl_commands[i]; i++)
		fprintf(out, " %s", dl_commands[i]->name);
	fputs("\" ;;\n", out);
	for (int i = 0; dl_commands[i]; i++) {
		const struct dl_command *c = dl_commands[i];
		fprintf(out, "\t%s)\n", c->name);
		if (!strcmp(c->name, "help")) {
			fputs("\t\tlist=1 words=\"", out);
			for (int k = 0; dl_commands[k]; k++)
				fprintf(out, "%s%s", k ? " " : "", dl_commands[k]->name);
			fputs("\" ;;\n", out);
		} else if (c->verbs) {
			fputs("\t\tcase $verb in\n\t\t'') list=1 words=\"", out);
			for (const struct dl_verb *v = c->verbs; v->name; v++)
				fprintf(out, "%s%s", v == c->verbs ? "" : " ", v->name);
			fputs("\" ;;\n", out);
			for (const struct dl_verb *v = c->verbs; v->name; v++) {
				fprintf(out, "\t\t%s) words=\"", v->name);
				put_options(out, v->options);
				fputs(" --help\" ;;\n", out);
			}
			fputs("\t\tesac ;;\n", out);
		} else {
			fputs("\t\twords=\"", out);
			put_options(out, c->options);
			fputs(" --help\" ;;\n", out);
		}
	}
	fputs("\tesac\n"
	      "\tif [ -n \"$list\" ] || [ \"${cur#-}\" != \"$cur\" ]; then\n"
	      "\t\tCOMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
	      "\telse\n"
	      "\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n"
	      "\tfi\n"
	      "}\n"
	      "complete -F _deadlines deadlines\n",
	      out);
}

static void zsh(FILE *out)
{
	fputs("#compdef deadlines\n"
	      "# zsh completion for deadlines, written from its command table by\n"
	      "# src/cli/completion.c: do not edit.\n"
	      "local -a commands opts\n"
	      "commands=(\n",
	      out);
	for (int i = 0; dl_commands[i]; i++) {
		fprintf(out, "\t'%s:", dl_commands[i]->name);
		for (const char *p = dl_commands[i]->summary; *p; p++)
			fputs(*p == '\'' ? "'\\''" : (char[]){*p, '\0'}, out);
		fputs("'\n", out);
	}
	fputs(")\n"
	      "local i cmd= verb=\n"
	      "for ((i = 2; i < CURRENT; i++)); do\n"
	      "\tcase ${words[i]} in\n\t",
	      out);
	put_valued_globals(out);
	fputs(") [[ -z $cmd ]] && ((i++)); continue ;;\n"
	      "\t-*) continue ;;\n"
	      "\tesac\n"
	      "\tif [[ -z $cmd ]]; then cmd=${words[i]}; elif [[ -z $verb ]]; then verb=${words[i]}; fi\n"
	      "done\n"
	      "if [[ -z $cmd ]]; then\n"
	      "\tif [[ $PREFIX == -* ]]; then compadd -- ",
	      out);
	put_options(out, dl_global_options);
	fputs("; else _describe 'command' commands; fi\n"
	      "\treturn\n"
	      "fi\n"
	      "case $cmd in\n",
	      out);
	for (int i = 0; dl_commands[i]; i++) {
		const struct dl_command *c = dl_commands[i];
		fprintf(out, "%s)\n", c->name);
		if (!strcmp(c->name, "help")) {
			fputs("\t_describe 'command' commands ;;\n", out);
		} else if (c->verbs) {
			fputs("\tif [[ -z $verb ]]; then compadd --", out);
			for (const struct dl_verb *v = c->verbs; v->name; v++)
				fprintf(out, " %s", v->name);
			fputs("; return; fi\n\tcase $verb in\n", out);
			for (const struct dl_verb *v = c->verbs; v->name; v++) {
				fprintf(out, "\t%s) opts=(", v->name);
				put_options(out, v->options);
				fputs(" --help) ;;\n", out);
			}
			fputs("\tesac ;;\n", out);
		} else {
			fputs("\topts=(", out);
			put_options(out, c->options);
			fputs(" --help) ;;\n", out);
		}
	}
	fputs("esac\n"
	      "if [[ $PREFIX == -* ]]; then compadd -- $opts; else _files; fi\n",
	      out);
}

/* "COMMAND [VERB] --OPTION" lines, every option of every command. */
static void options(FILE *out)
{
	for (const struct option *o = dl_global_options; o->name; o++)
		fprintf(out, "- --%s\n", o->name);
	for (int i = 0; dl_commands[i]; i++) {
		const struct dl_command *c = dl_commands[i];
		for (const struct option *o = c->options; o && o->name; o++)
			fprintf(out, "%s --%s\n", c->name, o->name);
		for (const struct dl_verb *v = c->verbs; v && v->name; v++)
			for (const struct option *o = v->options; o && o->name; o++)
				fprintf(out, "%s %s --%s\n", c->name, v->name, o->name);
	}
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "bash"))
		bash(stdout);
	else if (argc == 2 && !strcmp(argv[1], "zsh"))
		zsh(stdout);
	else if (argc == 2 && !strcmp(argv[1], "options"))
		options(stdout);
	else {
		fputs("usage: deadlines-completion bash | zsh | options\n", stderr);
		return 2;
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
