#!/usr/bin/env bash
# Scores RaceGuard on the development set of real race fixes (bench/devset/cases.json).
# Usage: bench/devset/run.sh [--jar JAR] [--mirror DIR] [--work DIR] [--out FILE] [CASE-ID...]
#   --jar     CLI jar (default analyzer/target/raceguard.jar; env DEVSET_JAR)
#   --mirror  root of the bare mirrors, laid out OWNER+NAME/repo as the `fetch` tool leaves them,
#             or OWNER+NAME.git (default /work/.mirror; env DEVSET_MIRROR)
#   --work    where before/after trees are extracted (default /tmp/raceguard-devset; env DEVSET_WORK)
#   --out     markdown table (default bench/devset/results.md)
# Needs git, tar, java 17+ and python3. No network: a missing mirror is reported with the command to get it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/score.py" "$@"
