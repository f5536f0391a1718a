#!/bin/sh
# serve-limits.sh: serve under slow clients (Slowloris), over real loopback
# sockets (python3), and the HTTP rules SECURITY.md states. 300 connections
# that send their request a byte at a time, from one address or spread over
# 30, never keep a normal client waiting more than 2 s; one that keeps
# sending, never idle, is closed when its request's deadline (10 s) passes;
# one address gets at most --per-address connections. A GET with a body and a
# request without Host get 400; HEAD gives GET's Content-Length.
. "$DL_SRCDIR/tests/lib.sh"
db="$T/x.db"
py=/usr/bin/python3
dl -d "$db" case add 1:1 --court txsd --caption "A v. B" >/dev/null
dl -d "$db" add --case 1:1 --who Defendants --action "answer" --due 2027-03-01 >/dev/null
tok=$(dl -d "$db" subscriber add firm | sed -n 's|.*/feeds/\([A-Za-z0-9_-]*\)\.ics$|\1|p')
port=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$DL_WRAPPER "$DEADLINES_BIN" -d "$db" serve --listen "127.0.0.1:$port" 2>"$T/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null; finish' EXIT
i=0
until curl -s -o /dev/null "http://127.0.0.1:$port/" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
url="http://127.0.0.1:$port/feeds/$tok.ics"

# attack ADDRESSES PER-ADDRESS: that many slow connections from each source
# address (127.x.y.z are all loopback), each sending its request one byte
# every 2 s; once they are open, a normal client from 127.0.0.1 fetches the
# feed. Prints: "served SECONDS", "accepted N" (connections the server had not
# closed 1 s after they were opened).
attack() {
	$py - "$port" "/feeds/$tok.ics" "$1" "$2" <<'PY'
import socket, sys, time, urllib.request
port, path, addrs, per = int(sys.argv[1]), sys.argv[2], sys.argv[3].split(), int(sys.argv[4])
req = ("GET %s HTTP/1.1\r\nHost: x\r\nX-Slow: %s\r\n\r\n" % (path, "a" * 200)).encode()
socks = []
for a in addrs:
    for _ in range(per):
        s = socket.socket()
        s.bind((a, 0))
        s.settimeout(5)
        try:
            s.connect(("127.0.0.1", port))
            s.sendall(req[:1])
            socks.append([s, 1])
        except OSError:
            s.close()
time.sleep(1)
def alive(s):
    s.setblocking(False)
    try:
        return s.recv(1) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        s.setblocking(True)
accepted = sum(1 for s, _ in socks if alive(s))
t0 = time.monotonic()
try:
    ok = urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=30).status == 200
except OSError as e:
    ok = False
    print("# the normal client: %s" % e)
served = time.monotonic() - t0
print("served %s" % ("%.2f" % served if ok else "never"))
print("accepted %d" % accepted)
for s, _ in socks:
    s.close()
PY
}
within2() { awk -v t="$1" 'BEGIN { exit !(t != "never" && t + 0 < 2.0) }'; }

got=$(attack "127.0.0.2" 64)
served=$(printf '%s\n' "$got" | sed -n 's/^served //p')
echo "# 64 slow connections from 127.0.0.2: normal client served in ${served} s"
within2 "$served"
ok $? "64 slow connections from one address: a normal client is served within 2 s (took $served s)"
got=$(attack "127.0.0.3" 300)
served=$(printf '%s\n' "$got" | sed -n 's/^served //p')
accepted=$(printf '%s\n' "$got" | sed -n 's/^accepted //p')
echo "# 300 slow connections from 127.0.0.3: normal client served in ${served} s; $accepted kept open"
within2 "$served"
ok $? "300 slow connections from one address: a normal client is served within 2 s (took $served s)"
ok "$([ "$accepted" -le 16 ] && echo 0 || echo 1)" "... and that address keeps at most 16 connections ($accepted)"
addrs=$(i=1; while [ $i -le 30 ]; do printf '127.0.1.%d ' $i; i=$((i + 1)); done)
got=$(attack "$addrs" 10)
served=$(printf '%s\n' "$got" | sed -n 's/^served //p')
echo "# 300 slow connections from 30 addresses: normal client served in ${served} s"
within2 "$served"
ok $? "300 slow connections from 30 addresses: a normal client is served within 2 s (took $served s)"

# The whole request has a deadline: a client never idle for the idle timeout
# (a byte a second) is closed once 10 s have passed since it connected.
closed=$($py - "$port" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
t0 = time.monotonic()
req = b"GET /feeds/" + b"a" * 100
for i in range(len(req)):
    if time.monotonic() - t0 > 25:
        break
    try:
        s.sendall(req[i:i + 1])
        s.settimeout(1)
        if s.recv(1) == b"":
            print("closed %.1f" % (time.monotonic() - t0)); sys.exit()
    except socket.timeout:
        continue
    except OSError:
        print("closed %.1f" % (time.monotonic() - t0)); sys.exit()
print("open after %.1f" % (time.monotonic() - t0))
PY
)
echo "# a byte a second: $closed"
case $closed in
closed*) t=${closed#closed }; awk -v t="$t" 'BEGIN { exit !(t >= 9 && t < 14) }'; ok $? "a request sent a byte a second is closed at its 10 s deadline ($closed)" ;;
*) ok 1 "a request sent a byte a second is closed at its 10 s deadline ($closed)" ;;
esac

# HTTP rules
code() { curl -s -o "$T/body" -D "$T/headers" -w '%{http_code}' "$@"; }
length() { sed -n 's/^Content-Length: *\([0-9]*\).*/\1/Ip' "$T/headers" | tr -d '\r'; }
is "$(code "$url")" 200 "GET: 200"
get_len=$(length)
is "$get_len" "$(wc -c < "$T/body" | tr -d ' ')" "... its Content-Length is the body's"
is "$(code -I "$url")" 200 "HEAD: 200"
is "$(length)" "$get_len" "HEAD gives GET's Content-Length"
cmp -s "$T/body" "$T/headers"
ok $? "... and no body (curl -I got the headers alone)"
is "$(code -I "http://127.0.0.1:$port/feeds/nothing-like-a-token.ics")" 404 "HEAD of an unknown feed: 404"
is "$(length)" "$(printf 'not found\n' | wc -c | tr -d ' ')" "... with the Content-Length of GET's answer"
is "$(code -X GET --data-binary 'hello' "$url")" 400 "a GET with a body: 400"
is "$(code -X GET -H 'Transfer-Encoding: chunked' --data-binary 'hello' "$url")" 400 "a GET with a chunked body: 400"
is "$(code -X GET -H 'Content-Length: 0' "$url")" 200 "a GET saying Content-Length: 0 is no body: 200"
raw() { # raw REQUEST: the status line of the answer to a request sent as is
	$py - "$port" "$1" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(sys.argv[2].encode().decode("unicode_escape").encode("latin-1"))
print(s.makefile("rb").readline().decode().strip())
PY
}
like "$(raw "GET /feeds/$tok.ics HTTP/1.1\r\n\r\n")" " 400 Bad Request" "HTTP/1.1 without Host: 400"
like "$(raw "GET /feeds/$tok.ics HTTP/1.0\r\n\r\n")" " 400 Bad Request" "HTTP/1.0 without Host: 400"
like "$(raw "GET /feeds/$tok.ics HTTP/1.0\r\nHost: x\r\n\r\n")" " 200 OK" "HTTP/1.0 with Host: 200"
kill "$pid"
wait "$pid"
is "$?" 0 "serve stops cleanly after all that"
lines=$(wc -l < "$T/serve.err")
ok "$([ "$lines" -lt 20 ] && echo 0 || echo 1)" "... its log does not repeat itself for each of hundreds of refused connections ($lines lines)"
sed 's/^/#   /' "$T/serve.err"

# --per-address
run -d "$db" serve --per-address 0 --listen "127.0.0.1:$port"
is "$rc" 2 "serve --per-address 0: exit 2"
port2=$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$DL_WRAPPER "$DEADLINES_BIN" -d "$db" serve --per-address 40 --listen "127.0.0.1:$port2" 2>>"$T/serve.err" &
pid=$!
i=0
until curl -s -o /dev/null "http://127.0.0.1:$port2/" || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$port2
got=$(attack "127.0.0.4" 60)
accepted=$(printf '%s\n' "$got" | sed -n 's/^accepted //p')
is "$accepted" 40 "serve --per-address 40: one address keeps 40 connections"
kill "$pid"
wait "$pid"
done_testing
