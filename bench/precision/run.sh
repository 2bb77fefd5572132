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

absent_paths() { # bare git dir, commit -> paths whose blobs the mirror lacks (large files)
  git -c core.quotePath=false --git-dir="$1" ls-tree -r --full-tree "$2" | awk -F'\t' '$1 ~ / blob / {split($1, a, " "); print a[3] "\t" $2}' |
    python3 -c '
import subprocess, sys
rows = [l.rstrip("\n").split("\t", 1) for l in sys.stdin]
out = subprocess.run(["git", "--git-dir=" + sys.argv[1], "cat-file", "--batch-check=%(objectname) %(objecttype)"],
                     input="".join(r[0] + "\n" for r in rows), capture_output=True, text=True).stdout.splitlines()
for (sha, path), status in zip(rows, out):
    if status.endswith("missing"):
        print(path)' "$1"
}

extract() { # repo commit -> tree path on stdout; messages on stderr
  local repo=$1 commit=$2 key tree git tmp
  key=${repo/\//+}
  tree=$corpus/$key
  if [ -d "$tree" ]; then
    if [ -f "$tree/.raceguard-commit" ] && [ "$(cat "$tree/.raceguard-commit")" != "$commit" ]; then
      echo "$tree holds $(cat "$tree/.raceguard-commit"), not $commit: remove it or use another -c CORPUS" >&2; return 1
    fi
    if [ ! -f "$tree/.raceguard-commit" ]; then
      # extracted elsewhere: at least check that no file is missing (an interrupted extraction)
      git=$(mirror_of "$key")
      if [ -n "$git" ]; then
        local want have
        want=$(( $(git --git-dir="$git" ls-tree -r "$commit" | wc -l) - $(absent_paths "$git" "$commit" | wc -l) ))
        have=$(find "$tree" -type f | wc -l)
        if [ "$have" -lt "$want" ]; then
          echo "$tree is incomplete ($have of $want files of $commit): use another -c CORPUS" >&2; return 1
        fi
      fi
      echo "  reusing $tree (extracted elsewhere; assumed to be $commit)" >&2
    fi
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
  # A mirror may lack its largest blobs: leave those files out instead of failing half-way.
  local -a excludes=()
  local path
  while IFS= read -r path; do excludes+=(":(exclude,literal)$path"); done < <(absent_paths "$git" "$commit")
  [ ${#excludes[@]} -eq 0 ] || echo "  ${#excludes[@]} file(s) absent from the mirror left out: ${excludes[*]#:(exclude,literal)}" >&2
  if ! git --git-dir="$git" archive "$commit" -- . "${excludes[@]}" 2>/dev/null | tar -x -C "$tmp"; then
    echo "extracting $repo@$commit from $git failed" >&2; rm -rf "$tmp"; return 1
  fi
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
