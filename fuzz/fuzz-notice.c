/* fuzz-notice.c: libFuzzer harness for what reads hostile intake text without
 * a library: an HTML body made text (html.c), a notice read from it and from
 * the bytes themselves (nef.c), each line tried as a CM/ECF stamp (pages.c),
 * case numbers in their forms (document.c). Any bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "document.h"
#include "html.h"
#include "nef.h"
#include "pages.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *raw = malloc(size + 1);
	memcpy(raw, data, size);
	raw[size] = '\0';
	size_t len;
	char *links = NULL, *text = html_to_text(raw, size, &len, &links);
	if (len != strlen(text))
		abort(); /* the text has no NUL of its own */
	const char *inputs[] = {raw, text};
	size_t lens[] = {size, len};
	for (int i = 0; i < 2; i++) {
		struct notice n;
		char *why = NULL;
		if (nef_parse(inputs[i], lens[i], "Activity in Case 1:20-cv-1 A v. B Order", links, &n, &why) ==
		    NEF_OK) {
			if (!n.facts.court || !n.facts.case_number || !n.docket_text || !court_find(n.facts.court))
				abort(); /* a notice read has its court, case and docket text */
			char *base = case_number_base(n.facts.case_number);
			if (!case_number_same(base, n.facts.case_number))
				abort(); /* a number is the same case as its base */
			free(base);
			notice_free(&n);
		} else if (!why) {
			abort(); /* an error always says why */
		}
		free(why);
	}
	for (const char *p = text; *p;) {
		size_t k = strcspn(p, "\n");
		char *cn = NULL, *dn = NULL;
		dl_day filed;
		if (stamp_parse(p, k, &cn, &dn, &filed) && (!cn || !dn || filed == DATE_NONE))
			abort();
		free(cn);
		free(dn);
		p += k + (p[k] == '\n');
	}
	free(links);
	free(text);
	free(raw);
	return 0;
}
