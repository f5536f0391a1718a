/*
 * timer.h: 'notify --install-timer': the systemd user units that run
 * 'deadlines notify' every 15 minutes, written into ~/.config/systemd/user
 * (made with mkdir, 0700 for what it makes: no shell is ever run). The
 * service runs the program the user ran ($DEADLINES_PROGRAM, set by
 * 'deadlines' when it runs deadlines-full), its path quoted as systemd
 * wants it.
 */
#ifndef DL_TIMER_H
#define DL_TIMER_H

/* Write both units: the service runs 'notify' on the database db (kept as
 * DEADLINES_DB in the unit), or 'notify --feed feed' when feed is given.
 * 0 with the paths written (malloc'd), or -1 with *err. */
int notify_install_timer(const char *db, const char *feed, char **service_path, char **timer_path, char **err);

#endif
