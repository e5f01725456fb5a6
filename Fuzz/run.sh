#!/usr/bin/env bash
# Runs one libFuzzer target of Fuzz/ for a bounded time over a corpus seeded from the repository's
# example data and templates; each crash, leak, timeout or out-of-memory input it finds is kept as
# a case of the bad-input catalogue (Tests/CetakTests/Fixtures/bad-inputs/fuzz-<target>-<hash>/),
# which BadInputTests then runs through the CLI on every `swift test`.
#
# usage: Fuzz/run.sh csv|json|template|expression|xlsx|joiner SECONDS
set -uo pipefail
target=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bin="$here/.build/release/fuzz-$target"
work="$here/.build/fuzz-work/$target"
corpus="$work/corpus"
artifacts="$work/artifacts"
catalogue="$root/Tests/CetakTests/Fixtures/bad-inputs"
mkdir -p "$corpus" "$artifacts"

# Seeds: the example inputs of the repository (copied once; the corpus then grows run after run).
case $target in
  csv)        for f in "$root"/Data/*/*.csv "$root"/Tests/CetakTests/Fixtures/*/*.csv; do [ -f "$f" ] && cp -n "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
  json)       for f in "$root"/Data/*/*.json "$root"/Tests/CetakTests/Fixtures/*/*.json "$root"/Tests/CetakTests/Fixtures/bad-inputs/*/*.json; do [ -f "$f" ] && cp -n "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
  template)   for f in "$root"/Templates/*/*.xml "$root"/Templates/*/parts/*.xml "$root"/Templates/parts/*.xml; do [ -f "$f" ] && cp -n "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
  expression) i=0; grep -oh '{[^{}]*}' "$root"/Templates/*/*.xml "$root"/Templates/*/parts/*.xml 2>/dev/null | sort -u | while IFS= read -r e; do
                i=$((i + 1)); printf '%s' "${e:1:${#e}-2}" > "$corpus/seed-$i"; done
              grep -oh '\(source\|value\|when\|src\)="[^"]*"' "$root"/Templates/*/*.xml 2>/dev/null | sort -u | while IFS= read -r e; do
                e=${e#*=\"}; printf '%s' "${e%\"}" > "$corpus/seed-a-$(printf '%s' "$e" | sha1sum | cut -c1-10)"; done ;;
  joiner)     for f in "$here"/seeds/joiner/*.pdf; do [ -f "$f" ] && cp -n "$f" "$corpus/seed-$(basename "$f")"; done ;;
  xlsx)       for f in "$root"/Data/*/*.xlsx "$root"/Tests/*/Fixtures/*.xlsx "$root"/Tests/CetakTests/Fixtures/*/*.xlsx; do [ -f "$f" ] && cp -n "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
  *) echo "unknown target $target"; exit 2 ;;
esac

echo "fuzz-$target: $seconds s over $(ls "$corpus" | wc -l) corpus inputs"
# Leaks inside the toolchain and system libraries are not findings (the list says which).
export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# libFuzzer stops at the first finding; it is kept below and the next `make fuzz` goes on from the corpus.
"$bin" "$corpus" -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-16384}" -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 > "$work/log.txt" 2>&1
status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^==[0-9]+==ERROR|SUMMARY' "$work/log.txt" | sed "s/^/fuzz-$target: /"

found=0
for a in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
  [ -f "$a" ] || continue
  found=1
  kind=$(basename "$a" | cut -d- -f1)
  hash=$(sha1sum "$a" | cut -c1-10)
  dir="$catalogue/fuzz-$target-$hash"
  if [ -d "$dir" ]; then rm -f "$a"; continue; fi
  mkdir -p "$dir"
  about="Found by fuzz-$target ($kind); the bytes are kept as found."
  case $target in
    csv)  cp "$a" "$dir/peserta.csv"
          args='["render", "laporan-ojl1", "--data", "$CASE/peserta.csv", "--data", "$K/kegiatan.csv", "--context", "$K/konteks.json"]' ;;
    json) cp "$a" "$dir/peserta.json"; cp "$a" "$dir/konteks.json"
          args='["render", "laporan-ojl1", "--data", "$CASE/peserta.json", "--data", "$K/kegiatan.csv", "--context", "$CASE/konteks.json"]' ;;
    joiner) cp "$a" "$dir/input.pdf"
          args='["merge", "--out", "$OUT/joined.pdf", "$CASE/input.pdf"]' ;;
    xlsx) cp "$a" "$dir/program.xlsx"
          args='["render", "laporan-ojl1", "--data", "$CASE/program.xlsx", "--data", "$K/peserta.csv"]' ;;
    template) cp "$a" "$dir/form.xml"
          args='["check", "$CASE/form.xml"]' ;;
    expression) cp "$a" "$dir/expression.txt"
          text=$(sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' "$a")
          printf '<?xml version="1.0" encoding="UTF-8"?>\n<form id="fuzz" title="fuzz">\n  <page paper="a4"/>\n  <body>\n    <p>%s</p>\n  </body>\n</form>\n' "$text" > "$dir/form.xml"
          args='["check", "$CASE/form.xml"]' ;;
  esac
  printf '{\n  "about": "%s",\n  "args": %s,\n  "exit": null,\n  "stderr": []\n}\n' "$about" "$args" > "$dir/case.json"
  echo "fuzz-$target: $kind input kept as $dir"
  rm -f "$a"
done
[ $found = 0 ] && [ $status != 0 ] && { echo "fuzz-$target: exit $status, see $work/log.txt"; exit $status; }
[ $found = 0 ] || exit 1
