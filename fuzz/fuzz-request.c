/* fuzz-request.c: libFuzzer harness for the feed server's request parsing:
 * the request path and the HTTP dates of conditional requests. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 16384)
		return 0;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	char token[129];
	if (serve_token_of(s, token) == 0) {
		size_t n = strlen(token);
		if (n < 16 || n > 128 || strstr(token, "/") || strstr(token, ".."))
			abort(); /* only a plain token may come out */
	}
	serve_parse_http_date(s);
	free(s);
	return 0;
}
