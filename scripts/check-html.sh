#!/usr/bin/env bash
# Renders the HTML report of the bundled pair in headless Chromium (Debian's
# `chromium` package), takes a screenshot and checks the rendered DOM: every
# item row is there, labelled in words, and a colour filter works.
# Usage: scripts/check-html.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/html-check}
mkdir -p "$out"
# An absolute or relative folder alike: Chromium needs an absolute file URL.
out=$(cd "$out" && pwd)
command -v chromium >/dev/null || { echo "chromium not installed (apt-get install chromium)"; exit 2; }
cargo run --quiet --release -- audit \
  --plan fixtures/seed001-wwz-2023/begroting-2023-wwz.txt \
  --report fixtures/seed001-wwz-2023/jaarverslag-2023-wwz.txt \
  --format html --output "$out/report.html"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$(mktemp -d)")
chromium "${flags[@]}" --window-size=1600,2200 --screenshot="$out/report.png" "file://$out/report.html" 2>"$out/chromium.log" || { echo "chromium failed; see $out/chromium.log"; exit 1; }
chromium "${flags[@]}" --dump-dom "file://$out/report.html" 2>"$out/chromium.log" > "$out/dom.html" || { echo "chromium failed; see $out/chromium.log"; exit 1; }
chromium "${flags[@]}" --print-to-pdf="$out/report.pdf" --no-pdf-header-footer "file://$out/report.html" 2>"$out/chromium.log" || { echo "chromium failed; see $out/chromium.log"; exit 1; }
rows=$(grep -o '<tr class="\(red\|yellow\|green\|blue\)"' "$out/dom.html" | wc -l)
expected=$(cargo run --quiet --release -- audit \
  --plan fixtures/seed001-wwz-2023/begroting-2023-wwz.txt \
  --report fixtures/seed001-wwz-2023/jaarverslag-2023-wwz.txt --format csv | tail -n +2 | wc -l)
echo "rendered rows: $rows (items: $expected)"
[ "$rows" -eq "$expected" ] || { echo "row count differs"; exit 1; }
grep -q 'class="filters"' "$out/dom.html" || { echo "no filters"; exit 1; }
if grep -qi '<script[^>]*src=\|<link[^>]*href=\|https\?://' "$out/report.html"; then echo "external reference found"; exit 1; fi
echo "screenshot: $out/report.png, PDF (A4 landscape print): $out/report.pdf"
