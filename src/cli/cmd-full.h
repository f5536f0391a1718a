/*
 * cmd-full.h: the commands that live in the full program, deadlines-full,
 * because they need libmicrohttpd or libnotify. Loading those (and GnuTLS
 * and GIO behind them) takes several milliseconds, which every other command
 * would pay at start-up; so 'deadlines' is linked without them and runs
 * deadlines-full for these commands, as git runs git-remote-https to keep
 * libcurl out of git. Their one-line summaries are here, for the command
 * lists of both programs.
 */
#ifndef DL_CMD_FULL_H
#define DL_CMD_FULL_H

#define CMD_SERVE_SUMMARY "serve subscribers' feeds over HTTP (read-only)"
#define CMD_NOTIFY_SUMMARY "desktop notifications as deadlines approach"

/* The readers of PDF and e-mail (src/intake/readers.h): in deadlines-full
 * only; NULL in 'deadlines', which runs deadlines-full for such a file
 * (loading poppler, Tesseract and GMime costs ten milliseconds). */
struct intake_readers;
extern const struct intake_readers *const dl_readers;

/* The HTTP(S) fetcher (src/feed/fetch.h) in deadlines-full; NULL in
 * 'deadlines', which runs deadlines-full for a command given a URL. */
struct fetched;
extern int (*const dl_fetch)(const char *url, const char *etag, struct fetched *out, char **err);

/* Run deadlines-full with these arguments (beside this program in a build
 * tree, else in PKGLIBEXECDIR), with OMP_THREAD_LIMIT=1 unless it is set (see
 * cmd.c). Returns an exit status only if it cannot. */
int dl_run_full(char **argv);

#endif
