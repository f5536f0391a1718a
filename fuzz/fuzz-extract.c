/* fuzz-extract.c: libFuzzer harness for the order extractor: any bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	memcpy(text, data, size);
	for (size_t i = 0; i < size; i++)
		if (!text[i])
			text[i] = ' '; /* import refuses NULs before extraction */
	text[size] = '\0';
	struct extraction x;
	extract_order(text, size, &x);
	for (size_t i = 0; i < x.n; i++)
		if (x.items[i].quote_end > size || x.items[i].quote_start > x.items[i].quote_end)
			abort(); /* a quote outside the text */
	extraction_free(&x);
	free(text);
	return 0;
}
