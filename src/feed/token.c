/*
 * token.c: subscription tokens (see token.h).
 */
#include "token.h"

#include <string.h>

#include "util.h"

int token_new(char token[44], char hash[65])
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	unsigned char r[33];
	if (os_random(r, 32) != 0)
		return -1;
	r[32] = 0;
	/* base64url of 32 bytes: 43 characters, 6 bits each */
	for (int i = 0, bit = 0; i < 43; i++, bit += 6) {
		int byte = bit / 8, off = bit % 8;
		unsigned v = ((unsigned)r[byte] << 8 | r[byte + 1]) >> (10 - off);
		token[i] = alphabet[v & 63];
	}
	token[43] = '\0';
	token_hash(token, hash);
	return 0;
}

void token_hash(const char *token, char hash[65])
{
	sha256_hex(token, strlen(token), hash);
}
