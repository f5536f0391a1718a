/*
 * token.h: subscription tokens: 256 random bits from the OS, written as 43
 * URL-safe characters; only their SHA-256 is stored.
 */
#ifndef DL_TOKEN_H
#define DL_TOKEN_H

/* A new token and its hash (64 hex); 0, or -1. */
int token_new(char token[44], char hash[65]);
/* The hash of a presented token. */
void token_hash(const char *token, char hash[65]);

#endif
