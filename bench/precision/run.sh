#!/usr/bin/env bash
# Precision run: extracts each application of apps.tsv from its bare git mirror (pinned commit),
# runs the RaceGuard CLI on it (SARIF, --fail-on none) and collects every finding into one TSV,
# production code and test code counted apart. See README.md next to this script.
#
# Usage: bench/precision/run.sh [-j JAR] [-m MIRRORS] [-c CORPUS] [-o OUT] [APP...]
#   -j JAR      CLI jar                      (env RG_JAR,     default analyzer/target/raceguard.jar)
#   -m MIRRORS  root of the bare mirrors     (env RG_MIRRORS, default /work/.mirror); the mirror of
#               OWNER/NAME is MIRRORS/OWNER+NAME/repo or MIRRORS/OWNER+NAME (a bare git dir)
#   -c CORPUS   where trees are extracted    (env RG_CORPUS,  default /work/corpus): CORPUS/OWNER+NAME
#   -o OUT      output folder                (env RG_OUT,     default bench/precision/out)
#   APP...      names from apps.tsv (default: all)
#   RG_XMX (default 4g) is the heap limit; RG_CLI_ARGS adds CLI options (e.g. --include-tests).
# Output: OUT/APP.sarif, OUT/APP.log (CLI summary), OUT/findings.tsv (production code),
#         OUT/test-findings.tsv (test code), OUT/totals.md (counts per app and rule).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${RG_JAR:-$root/analyzer/target/raceguard.jar}
mirrors=${RG_MIRRORS:-/work/.mirror}
corpus=${RG_CORPUS:-/work/corpus}
out=${RG_OUT:-$here/out}
xmx=${RG_XMX:-4g}
while getopts "j:m:c:o:h" opt; do
  case $opt in
    j) jar=$OPTARG ;; m) mirrors=$OPTARG ;; c) corpus=$OPTARG ;; o) out=$OPTARG ;;
    *) sed -n '5,16p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ -f "$jar" ] || { echo "no CLI jar at $jar: build it (mvn -B -q -o -pl analyzer -am package -DskipTests) or pass -j JAR" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
mkdir -p "$out" "$corpus"
out=$(cd "$out" && pwd)
wanted=" $* "

mirror_of() { # OWNER+NAME -> bare git dir, or empty
  local d
  for d in "$mirrors/$1/repo" "$mirrors/$1" "$mirrors/$1.git"; do
    if [ -d "$d" ] && git --git-dir="$d" rev-parse --git-dir >/dev/null 2>&1; then echo "$d"; return; fi
  done
}

extract() { # repo commit -> tree path on stdout; messages on stderr
  local repo=$1 commit=$2 key tree git tmp
  key=${repo/\//+}
  tree=$corpus/$key
  if [ -d "$tree" ]; then
    if [ -f "$tree/.raceguard-commit" ] && [ "$(cat "$tree/.raceguard-commit")" != "$commit" ]; then
      echo "$tree holds $(cat "$tree/.raceguard-commit"), not $commit: remove it or use another -c CORPUS" >&2; return 1
    fi
    [ -f "$tree/.raceguard-commit" ] || echo "  reusing $tree (extracted elsewhere; assumed to be $commit)" >&2
    echo "$tree"; return
  fi
  git=$(mirror_of "$key")
  if [ -z "$git" ]; then
    echo "no mirror of $repo under $mirrors (looked for $key/repo, $key, $key.git):" >&2
    echo "  bring it in (fetch github:$repo, or git clone --bare https://github.com/$repo $mirrors/$key/repo) or pass -m MIRRORS" >&2
    return 1
  fi
  git --git-dir="$git" cat-file -e "$commit^{commit}" 2>/dev/null || {
    echo "mirror $git lacks commit $commit of $repo: update the mirror (git fetch) or change apps.tsv" >&2; return 1; }
  tmp=$(mktemp -d "$corpus/.extract.XXXXXX")
  git --git-dir="$git" archive "$commit" | tar -x -C "$tmp"
  echo "$commit" > "$tmp/.raceguard-commit"
  mv "$tmp" "$tree"
  echo "  extracted $repo@${commit:0:12} to $tree" >&2
  echo "$tree"
}

failed=0
ran=()
while IFS=$'\t' read -r name repo commit paths; do
  case "$name" in ''|'#'*) continue ;; esac
  [ "$wanted" = "  " ] || [[ "$wanted" == *" $name "* ]] || continue
  echo "== $name ($repo@${commit:0:12})" >&2
  tree=$(extract "$repo" "$commit") || { failed=1; continue; }
  IFS=',' read -r -a rel <<< "$paths"
  (cd "$tree" && pwd) > "$out/$name.tree"
  start=$(date +%s)
  # Run from the tree root so that SARIF URIs are relative to it.
  if (cd "$tree" && java -Xmx"$xmx" -jar "$jar" --format sarif --fail-on none ${RG_CLI_ARGS:-} \
        --output "$out/$name.sarif" "${rel[@]}") > "$out/$name.log" 2>&1; then
    echo "  $(grep '^RaceGuard:' "$out/$name.log" | tail -1) [$(( $(date +%s) - start ))s]" >&2
    ran+=("$name")
  else
    echo "  CLI failed on $name (exit $?), see $out/$name.log" >&2; failed=1
  fi
done < "$here/apps.tsv"

[ ${#ran[@]} -gt 0 ] && python3 "$here/collect.py" "$here/apps.tsv" "$out" "${ran[@]}"
exit $failed
