/*
 * cmd-serve.c: deadlines serve [--listen ADDRESS:PORT] — answer feed
 * subscriptions over HTTP, on an IPv4 address or a bracketed IPv6 one. Put
 * it behind a TLS proxy: the token in the URL is the only credential.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd-full.h"
#include "cmd.h"
#include "serve.h"
#include "util.h"

static int run(struct dl_ctx *ctx, int argc, char **argv);

static const struct option options[] = {
	{"listen", required_argument, NULL, 'l'},
	{"per-address", required_argument, NULL, 'p'},
	{NULL, 0, NULL, 0},
};

const struct dl_command cmd_serve_entry = {
	"serve", run, "serve [--listen 127.0.0.1:8080 | --listen [::1]:8080] [--per-address 16]",
	CMD_SERVE_SUMMARY,
	"GET /feeds/TOKEN.ics returns that subscriber's feed (text/calendar) with ETag\n"
	"and Last-Modified; conditional requests get 304. Unknown tokens get 404. It\n"
	"opens the database read-only and stops on SIGINT or SIGTERM. An IPv6 address\n"
	"goes in brackets, as in a URL: --listen [::1]:8080 (IPv6 only). At most 256\n"
	"connections, --per-address of them (default 16) from one client address:\n"
	"behind a proxy every request comes from the proxy's address, so allow it\n"
	"as many as it opens at once. A request must arrive whole within 10 s. See\n"
	"contrib/systemd/deadlines-serve.service and SECURITY.md.\n",
	options, NULL,
};

static int run(struct dl_ctx *ctx, int argc, char **argv)
{
	const char *listen = "127.0.0.1:8080";
	long per_address = 16;
	int c;
	cmd_getopt_reset();
	while ((c = cmd_getopt(&cmd_serve_entry, argc, argv, "", options)) != -1) {
		if (c == '?')
			return DL_EXIT_USAGE;
		if (c == 'l')
			listen = optarg;
		else if (parse_int(optarg, 1, 256, &per_address) != 0)
			return cmd_usage_error(&cmd_serve_entry,
					       "serve: invalid --per-address '%s': expected a number from 1 to 256",
					       optarg);
	}
	if (optind != argc)
		return cmd_usage_error(&cmd_serve_entry, "serve: unexpected argument '%s'", argv[optind]);
	/* ADDRESS:PORT, the address an IPv4 one or an IPv6 one in brackets */
	const char *colon = strrchr(listen, ':');
	const char *start = listen, *end = colon;
	if (*listen == '[') {
		start = listen + 1;
		end = colon && colon > listen && colon[-1] == ']' ? colon - 1 : NULL;
	}
	long port;
	if (!colon || !end || end <= start || end - start > 45 || memchr(start, '[', (size_t)(end - start)) ||
	    (*listen != '[') == (memchr(start, ':', (size_t)(end - start)) != NULL) ||
	    parse_int(colon + 1, 1, 65535, &port) != 0)
		return cmd_usage_error(&cmd_serve_entry,
				       "serve: invalid --listen '%s': expected ADDRESS:PORT like 127.0.0.1:8080 "
				       "or [::1]:8080",
				       listen);
	char address[46];
	memcpy(address, start, (size_t)(end - start));
	address[end - start] = '\0';
	if (!ctx->db_path) {
		dl_error("serve: no database path");
		return DL_EXIT_FAIL;
	}
	char *err = NULL;
	if (serve_run(ctx->db_path, address, (int)port, (int)per_address, &err) != 0) {
		dl_error("serve: %s", err);
		free(err);
		return DL_EXIT_FAIL;
	}
	return DL_EXIT_OK;
}
