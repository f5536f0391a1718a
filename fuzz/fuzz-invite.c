/* fuzz-invite.c: libFuzzer harness for the invitation reader
 * (src/intake/invite.c): arbitrary text read as an iCalendar invitation,
 * its recurrences expanded by libical; it must never crash, and every
 * occurrence it gives must have a UID and text that is valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "invite.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	char *text = xstrndup((const char *)data, size);
	struct invitation inv;
	char *err = NULL;
	if (invite_read(text, &inv, &err) == 0) {
		for (size_t i = 0; i < inv.n; i++) {
			const struct invite_event *e = &inv.ev[i];
			const char *texts[] = {e->summary, e->location, e->description, e->url};
			if (!e->source_uid || !*e->source_uid)
				abort();
			for (int t = 0; t < 4; t++)
				if (texts[t] &&
				    utf8_invalid_at(texts[t], strlen(texts[t])) != strlen(texts[t]))
					abort();
		}
		invitation_free(&inv);
	} else if (!err || !*err) {
		abort(); /* a refusal says why */
	}
	free(err);
	free(text);
	return 0;
}
