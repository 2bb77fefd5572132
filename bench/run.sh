#!/usr/bin/env bash
# RaceGuard benchmark: prints files, lines, parse-only seconds, cold analysis seconds, warm re-run
# seconds, their ratios and the peak heap. Each measurement runs in a fresh JVM with the same heap
# limit. Usage: bench/run.sh PATH [extra CLI options, e.g. --classpath CP]
#   BENCH_XMX (default 2g) sets the heap limit for every run.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/analyzer/target/raceguard.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }
[ $# -ge 1 ] || { echo "usage: bench/run.sh PATH [CLI options]" >&2; exit 2; }
path=$1; shift
xmx=${BENCH_XMX:-2g}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
run() { java -Xmx"$xmx" -cp "$jar" io.github.raceguard.bench.Benchmark "$@"; }
value() { sed -n "s/^$1=//p"; }

count=$(run count "$path")
parse=$(run parse "$path")
cold=$(run analyze "$@" --cache "$cache" "$path")
warm=$(run analyze "$@" --cache "$cache" "$path")

files=$(echo "$count" | value files); lines=$(echo "$count" | value lines)
p=$(echo "$parse" | value seconds); c=$(echo "$cold" | value seconds); w=$(echo "$warm" | value seconds)
echo "machine:          $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "tree:             $path"
echo "files:            $files"
echo "lines:            $lines"
echo "parse-only:       ${p}s   (peak heap $(echo "$parse" | value peak_heap_mb) MB)"
echo "cold analysis:    ${c}s   (peak heap $(echo "$cold" | value peak_heap_mb) MB)"
echo "warm re-run:      ${w}s   (peak heap $(echo "$warm" | value peak_heap_mb) MB)"
echo "cold / parse:     $(awk "BEGIN{printf \"%.2f\", $c/$p}")   (target <= 1.5)"
echo "warm / cold:      $(awk "BEGIN{printf \"%.2f\", $w/$c}")   (target <= 0.10)"
echo "result:           $(echo "$cold" | value summary)"
