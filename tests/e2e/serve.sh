#!/bin/sh
# serve.sh: subscribers, publish and the feed server over real loopback HTTP:
# 200 with the right token, 404 with a wrong one (and for malformed paths),
# 304 on repeated conditional requests, 405 for other methods; subscriber A's
# feed never holds subscriber B's case; rotate retires the old token; the
# server never writes to the database; bad input is refused.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
dl -d "$db" case add 2:16-cv-435 --court txsd --caption "Butler v. Hernandez" >/dev/null
dl -d "$db" import "$DL_SRCDIR/examples/butler-v-hernandez-2017-05-19.txt" --case 2:16-cv-435 >/dev/null
dl -d "$db" case add 1:24-cv-9 --court mad --caption "Secret Client v. Someone" >/dev/null
dl -d "$db" add --case 1:24-cv-9 --who Defendant --action "answer the complaint" --due 2024-03-01 >/dev/null

token_of() { printf '%s\n' "$1" | sed -n 's|.*/feeds/\([A-Za-z0-9_-]*\)\.ics$|\1|p'; }
run -d "$db" subscriber add alice --case 2:16-cv-435 --url https://cal.example.com
is "$rc" 0 "subscriber add"
alice=$(token_of "$out")
is "${#alice}" 43 "a 256-bit token (43 URL-safe characters)"
like "$out" "https://cal.example.com/feeds/$alice.ics" "the subscription URL"
is "$(sqlite3 "$db" "SELECT count(*) FROM subscribers WHERE token_hash = '$(printf '%s' "$alice" | sha256sum | cut -d' ' -f1)'")" 1 "the database keeps the token's SHA-256"
is "$(sqlite3 "$db" .dump | grep -c -e "$alice")" 0 "... and not the token"
bob=$(token_of "$(dl -d "$db" subscriber add bob --case 1:24-cv-9)")
run -d "$db" subscriber list --json
is "$(printf '%s' "$out" | $py -c 'import json,sys; print(" ".join(s["name"]+":"+",".join(s["cases"]) for s in json.load(sys.stdin)["subscribers"]))')" "alice:2:16-cv-435 bob:1:24-cv-9" "subscriber list"

mkdir "$T/pub"
run -d "$db" publish "$T/pub"
is "$out" "published 2 feeds, 0 unchanged" "publish writes every subscriber's feed"
run -d "$db" publish "$T/pub"
is "$out" "published 0 feeds, 2 unchanged" "publish again: nothing changed, nothing rewritten"
ahash=$(printf '%s' "$alice" | sha256sum | cut -d' ' -f1)
grep -q "Butler" "$T/pub/$ahash.ics" && ! grep -q "Secret Client" "$T/pub/$ahash.ics"
ok $? "alice's published feed has her case and not bob's"
run -d "$db" publish "$T/nope"
is "$rc" 1 "publish into a missing directory: exit 1"

port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
before=$(dbsum "$db")
$DL_WRAPPER "$DEADLINES_BIN" -d "$db" serve --listen "127.0.0.1:$port" 2>"$T/serve.err" &
pid=$!
i=0
until curl -s -o /dev/null "http://127.0.0.1:$port/" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
base="http://127.0.0.1:$port/feeds"
code() { curl -s -o "$T/body" -D "$T/headers" -w '%{http_code}' "$@"; }
is "$(code "$base/$alice.ics")" 200 "GET with alice's token: 200"
like "$(cat "$T/headers")" "Content-Type: text/calendar; charset=utf-8" "text/calendar; charset=utf-8"
grep -q "Butler" "$T/body" && ! grep -q "Secret Client" "$T/body"
ok $? "alice's feed never holds bob's case"
is "$($py -c 'import sys,icalendar; print(len(icalendar.Calendar.from_ical(open(sys.argv[1],"rb").read()).walk("VEVENT")))' "$T/body")" 2 "the served feed parses (python3-icalendar), 2 events"
etag=$(sed -n 's/^ETag: //Ip' "$T/headers" | tr -d '\r')
modified=$(sed -n 's/^Last-Modified: //Ip' "$T/headers" | tr -d '\r')
ok "$([ -n "$etag" ] && [ -n "$modified" ] && echo 0 || echo 1)" "ETag and Last-Modified are sent"
is "$(code -H "If-None-Match: $etag" "$base/$alice.ics")" 304 "If-None-Match: 304"
is "$(code -H "If-Modified-Since: $modified" "$base/$alice.ics")" 304 "If-Modified-Since: 304"
is "$(code -H 'If-None-Match: "other"' "$base/$alice.ics")" 200 "a different ETag: 200"
is "$(code -I "$base/$alice.ics")" 200 "HEAD: 200"
is "$(code "$base/$bob.ics")" 200 "bob's token: 200"
grep -q "Secret Client" "$T/body" && ! grep -q "Butler" "$T/body"
ok $? "bob's feed has only his case"
# a token that differs from alice's in its first character, whatever that is
case $alice in A*) wrong="B${alice#?}" ;; *) wrong="A${alice#?}" ;; esac
is "$(code "$base/$wrong.ics")" 404 "a wrong token: 404"
is "$(cat "$T/body")" "not found" "... saying nothing more"
is "$(code "$base/short.ics")" 404 "a malformed token: 404"
is "$(code --path-as-is "$base/../../etc/passwd")" 404 "path traversal: 404"
is "$(code "http://127.0.0.1:$port/")" 404 "other paths: 404"
is "$(code -X POST "$base/$alice.ics")" 405 "POST: 405"
is "$(code -X DELETE "$base/$alice.ics")" 405 "DELETE: 405"
long=$($py -c 'print("a" * 40000)')
ok "$([ "$(code -H "X-Long: $long" "$base/$alice.ics")" != 200 ] && echo 0 || echo 1)" "an oversized header is refused"
# 30 slow clients (from another address: one address gets 16 connections at
# most, serve-limits.sh tests that) that never finish their request: others
# are still served, and the slow ones are dropped (bounded: at most 20 s).
slow=$($py - "$port" "$base/$alice.ics" <<'PY'
import socket, sys, time, urllib.request
port, url = int(sys.argv[1]), sys.argv[2]
socks = []
for i in range(30):
    s = socket.socket()
    s.bind(("127.0.0.2", 0))
    s.settimeout(5)
    s.connect(("127.0.0.1", port))
    try:
        s.sendall(b"GET /feeds/")               # and nothing more
    except OSError:
        pass                                    # refused at once: over the address's limit
    socks.append(s)
t0 = time.time()
ok = urllib.request.urlopen(url, timeout=5).status == 200
served_in = time.time() - t0
closed = 0
deadline = time.time() + 15
for s in socks:
    s.settimeout(max(0.1, deadline - time.time()))
    try:
        closed += s.recv(1) == b""
    except ConnectionResetError:
        closed += 1                             # refused at once
    except OSError:
        pass
print(ok, served_in < 2, closed)
PY
)
is "$slow" "True True 30" "30 stalled connections: others are served at once, and the stalled ones are closed"

# A wrong token's answer takes as long whether none or all but one of its
# characters match a real token (the lookup is by SHA-256 of the token).
timing=$($py - "$port" "$alice" <<'PY'
import http.client, statistics, sys, time
port, tok = int(sys.argv[1]), sys.argv[2]
near = tok[:-1] + ("A" if tok[-1] != "A" else "B")   # all but the last character right
far = "".join("A" if c != "A" else "B" for c in tok) # every character wrong
times = {near: [], far: []}
for i in range(400):
    for t in (near, far) if i % 2 else (far, near):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        t0 = time.perf_counter()
        c.request("GET", "/feeds/%s.ics" % t)
        status = c.getresponse().status
        times[t].append(time.perf_counter() - t0)
        c.close()
        assert status == 404
a, b = statistics.median(times[near]), statistics.median(times[far])
print("ok" if max(a, b) / min(a, b) < 1.5 else "differ %.6f %.6f" % (a, b))
PY
)
is "$timing" ok "a nearly right token is answered as fast as a wholly wrong one (medians of 400)"
run -d "$db" subscriber rotate alice
new=$(token_of "$out")
is "$(code "$base/$alice.ics")" 404 "after rotate the old token is refused"
is "$(code "$base/$new.ics")" 200 "and the new one works"
kill "$pid"
wait "$pid"
is "$?" 0 "serve stops on SIGTERM with exit 0 (nothing leaked under the sanitizers)"
is "$(sqlite3 "$db" "SELECT count(*) FROM subscribers")" 2 "still two subscribers"
sqlite3 "$db" "SELECT token_hash FROM subscribers" >/dev/null
before_rotate_check=$(dbsum "$db")

# The server never writes: serve again, make requests, compare.
$DL_WRAPPER "$DEADLINES_BIN" -d "$db" serve --listen "127.0.0.1:$port" 2>>"$T/serve.err" &
pid=$!
i=0
until curl -s -o /dev/null "http://127.0.0.1:$port/" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
code "$base/$new.ics" >/dev/null
code "$base/$wrong.ics" >/dev/null
kill "$pid"
wait "$pid" 2>/dev/null
is "$(dbsum "$db")" "$before_rotate_check" "serving changes nothing in the database"

# IPv6: the address in brackets, as in a URL
if $py -c 'import socket; s=socket.socket(socket.AF_INET6); s.bind(("::1", 0))' 2>/dev/null; then
	port6=$($py -c 'import socket; s=socket.socket(socket.AF_INET6); s.bind(("::1", 0)); print(s.getsockname()[1])')
	$DL_WRAPPER "$DEADLINES_BIN" -d "$db" serve --listen "[::1]:$port6" 2>"$T/serve6.err" &
	pid=$!
	i=0
	until curl -s -g -o /dev/null "http://[::1]:$port6/" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
	is "$(code -g "http://[::1]:$port6/feeds/$new.ics")" 200 "serve --listen [::1]:PORT answers over IPv6"
	grep -q "Butler" "$T/body"
	ok $? "... with the subscriber's feed"
	is "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port6/feeds/$new.ics")" 000 "... and on IPv6 only"
	like "$(cat "$T/serve6.err")" "serving feeds on http://[::1]:$port6/feeds/TOKEN.ics" "... saying where, in brackets"
	kill "$pid"
	wait "$pid"
	is "$?" 0 "... and stops on SIGTERM with exit 0"
else
	skip 5 "no IPv6 loopback here"
fi
for bad in nowhere "::1:8080" "[::1]8080" "[::1]:" "[127.0.0.1]:8080" "[::1:8080" "127.0.0.1:0" "[::1]:65536"; do
	run -d "$db" serve --listen "$bad"
	is "$rc" 2 "serve --listen '$bad': exit 2"
done
like "$err" "expected ADDRESS:PORT like 127.0.0.1:8080 or [::1]:8080" "... saying what is expected"
run -d "$db" serve --listen "[fe80::zz]:8080"
is "$rc" 1 "serve on an IPv6 address that is not one: exit 1"
like "$err" "not an IPv6 address" "... saying so"
sum=$(dbsum "$db")
run -d "$db" subscriber add carol --case 9:99
is "$rc" 1 "subscriber for an unknown case: exit 1"
run -d "$db" subscriber add alice
is "$rc" 1 "a second subscriber named alice: exit 1"
run -d "$db" subscriber rm nobody
is "$rc" 1 "removing an unknown subscriber: exit 1"
is "$(dbsum "$db")" "$sum" "bad subscriber commands change nothing"
run -d "$db" subscriber rm bob
is "$(printf '%s\n' "$out" | head -n 1)" "removed subscriber bob" "subscriber rm"
like "$out" "the old feed stays in $T/pub until you run 'deadlines publish $T/pub'" "... and says where a publish is needed (publish.sh tests that)"
done_testing
