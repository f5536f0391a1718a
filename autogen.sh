#!/bin/sh
# autogen.sh: generate ./configure and the Makefile templates from a git checkout.
set -e
cd "$(dirname "$0")"
autoreconf --install --force --warnings=all
echo "Now run ./configure (see ./configure --help) and make."
