#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The sipdoc authors
# serve.sh: sipdoc serve, driven with curl.  In a project it builds the
# site and serves it on 127.0.0.1 only: pages (with the reload script),
# folders, 404; nothing out of the output folder (.., a symbolic link, a
# hidden file); GET and HEAD only.  An edited entry shows in the served
# page within 2 s, bad input leaves the served site as it was, and SIGINT
# stops the server with exit status 0.
. "${abs_srcdir:-.}/tests/init.sh"
skip_unless curl

sipdoc --quiet init "$work/site"
cd "$work/site"
pid=
trap 'test -z "$pid" || kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

"$SIPDOC" -p 0 serve >"$work/stdout" 2>"$work/log" &
pid=$!
i=0
until grep -q '^Serving ' "$work/stdout"; do
	kill -0 "$pid" 2>/dev/null || fail "serve exited: $(cat "$work/log")"
	i=$((i + 1))
	test $i -lt 1200 || fail "serve did not start in 120 s"
	sleep 0.1
done
url=$(sed -n 's|^Serving out/html at \(http://127\.0\.0\.1:[0-9]*/\) (Ctrl-C stops)$|\1|p' "$work/stdout")
test -n "$url" || fail "serve printed: $(cat "$work/stdout")"
port=${url#http://127.0.0.1:}
port=${port%/}
test -f out/html/en/486.html || fail "serve did not build the site"
test ! -d out/man || fail "serve built the man pages"

# status URL [CURL-OPTION]...: the status of a request.
status() {
	_u=$1
	shift
	curl -s --path-as-is -o "$work/body" -D "$work/head" -w '%{http_code}' "$@" "$url$_u"
}
expect() {
	_want=$1
	shift
	_got=$(status "$@")
	test "$_got" = "$_want" || fail "$*: status $_got, not $_want"
}

# Only on 127.0.0.1: the one listening socket of the port is on it.
hex=$(printf '%04X' "$port")
grep -q "^ *[0-9]*: 0100007F:$hex 00000000:0000 0A " /proc/net/tcp ||
	fail "not listening on 127.0.0.1:$port"
if grep -v "^ *[0-9]*: 0100007F:$hex " /proc/net/tcp /proc/net/tcp6 2>/dev/null |
    grep -q ":$hex 0\{8,32\}:0000 0A "; then
	fail "listening on another address than 127.0.0.1"
fi

# Pages, with the reload script; folders; the site's 404 page.
expect 200 en/486.html
cmp -s "$work/body" out/html/en/486.html && fail "no reload script in the page"
grep -q '^<script src="/.sipdoc-serve/reload.js" data-build="1"></script>$' "$work/body" ||
	fail "the reload script is not in the page"
sed '/\/.sipdoc-serve\/reload.js/d' "$work/body" | cmp -s - out/html/en/486.html ||
	fail "the page served is not the page built"
grep -qi '^content-type: text/html; charset=utf-8' "$work/head" || fail "type of a page"
grep -qi '^cache-control: no-store' "$work/head" || fail "a page may be cached"
expect 200 style.css
cmp -s "$work/body" out/html/style.css || fail "style.css is not served as it is"
grep -qi '^content-type: text/css' "$work/head" || fail "type of style.css"
expect 200 "" && cmp -s "$work/body" out/html/index.html && fail "/ has no reload script"
expect 200 ru/
expect 301 ru
grep -qi '^location: /ru/' "$work/head" || fail "ru: $(cat "$work/head")"
expect 404 en/999.html
grep -q '<html' "$work/body" || fail "404 without the site's 404 page"
size=$(curl -s "${url}en/486.html" | wc -c)
expect 200 en/486.html -I
grep -qi "^content-length: $size" "$work/head" || fail "HEAD: $(cat "$work/head")"
expect 200 .sipdoc-serve/reload.js
grep -q 'location.reload()' "$work/body" || fail "reload.js"
test "$(curl -s "$url.sipdoc-serve/build")" = 1 || fail "build counter"

# Nothing out of the output folder.
echo "secret" >"$work/secret"
expect 403 ../README.md
expect 403 en/../../README.md
expect 403 en/%2e%2e/%2e%2e/README.md
expect 403 ./index.html
ln -s "$work/secret" out/html/leak.txt
ln -s "$work" out/html/up
expect 403 leak.txt
expect 403 up/secret
echo hidden >out/html/.hidden
expect 404 .hidden
for u in ../README.md leak.txt up/secret; do
	status "$u" >/dev/null
	grep -q secret "$work/body" && fail "$u: the secret was served"
done
rm out/html/leak.txt out/html/up out/html/.hidden

# GET and HEAD only.
expect 405 en/486.html -X POST -d 'x=1'
grep -qi '^allow: GET, HEAD' "$work/head" || fail "405 without Allow"
expect 405 en/486.html -X PUT -d 'x=1'
expect 405 en/486.html -X DELETE
expect 405 en/486.html -X OPTIONS

# An edited entry shows within 2 s; the page is told to reload.
t0=$(date +%s%N)
sed -i 's/^A 486 says the request reached/A 486 (edited while served) says the request reached/' \
    content/codes/486.md
grep -q 'edited while served' content/codes/486.md || fail "the edit did not apply"
until curl -s "${url}en/486.html" | grep -q 'edited while served'; do
	test $(( $(date +%s%N) - t0 )) -lt 2000000000 ||
		fail "the edit did not show in 2 s: $(tail -n 3 "$work/log")"
	sleep 0.02
done
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
test "$(curl -s "$url.sipdoc-serve/build")" = 2 || fail "the build counter did not move"
curl -s "${url}en/486.html" | grep -q 'data-build="2"' || fail "the page is of the old build"

# A change to the catalogs shows too.
t0=$(date +%s%N)
sed -i 's/^"Вызываемое оконечное устройство доступно, но занято/"Вызываемое (правка) оконечное устройство доступно, но занято/' \
    content/po/ru.po
until curl -s "${url}ru/486.html" | grep -q 'Вызываемое (правка)'; do
	test $(( $(date +%s%N) - t0 )) -lt 2000000000 ||
		fail "the catalog edit did not show in 2 s: $(tail -n 3 "$work/log")"
	sleep 0.02
done

# Bad input: the error is reported, the site served stays as it was, and
# the next good save is built.
cp content/codes/486.md "$work/486.md"
sed -i 's/^code: 486$/code: [486/' content/codes/486.md
i=0
until grep -q 'content/codes/486.md:.*error' "$work/log"; do
	i=$((i + 1))
	test $i -lt 100 || fail "no diagnostic for a broken entry: $(tail -n 3 "$work/log")"
	sleep 0.02
done
expect 200 en/486.html
grep -q 'edited while served' "$work/body" || fail "a broken entry changed the site"
sed 's/(edited while served)/(edited again)/' "$work/486.md" >content/codes/486.md
t0=$(date +%s%N)
until curl -s "${url}en/486.html" | grep -q 'edited again'; do
	test $(( $(date +%s%N) - t0 )) -lt 2000000000 ||
		fail "the fixed entry did not show in 2 s: $(tail -n 3 "$work/log")"
	sleep 0.02
done

# A second server on the same port says why it cannot start.
set +e
"$SIPDOC" --quiet -p "$port" serve >/dev/null 2>"$work/err"; rc=$?
set -e
test $rc -eq 1 || fail "a second server on port $port: exit $rc"
echo "sipdoc: error: cannot listen on 127.0.0.1:$port (is the port in use? see --port)" |
	diff -u - "$work/err"

# SIGINT: a clean exit, and the port is free again.
kill -INT "$pid"
set +e
wait "$pid"; rc=$?
set -e
pid=
test $rc -eq 0 || fail "serve exited with $rc on SIGINT"
if curl -s -o /dev/null "$url"; then
	fail "still serving after SIGINT"
fi
echo "served on port $port; an edit showed in $ms ms"
