#!/usr/bin/env python3
"""Draws a seeded random sample of findings, stratified by rule, as a markdown table to judge.

Usage: sample.py SEED [FINDINGS_TSV] [-n N] [--min-per-rule M] [-o OUT.md]
  SEED           integer seed (record it next to the verdicts)
  FINDINGS_TSV   default bench/precision/out/findings.tsv (production code only, from run.sh)
  -n N           sample size (default 60)
  --min-per-rule every rule present gets at least M findings (default 4; all of them when it has
                 fewer); the rest of N is shared in proportion to each rule's count (largest
                 remainder), then findings are drawn uniformly at random within each rule.
The table has an empty verdict column: fill in defect / harmless / wrong, a one-line reason and,
for harmless / wrong, the cause.
"""
import argparse
import csv
import os
import random
import sys
from collections import defaultdict


def allocate(counts, n, minimum):
    """Sample size per rule: at least min(minimum, count), the rest proportional to the counts."""
    alloc = {r: min(minimum, c) for r, c in counts.items()}
    left = n - sum(alloc.values())
    if left <= 0:
        return alloc
    spare = {r: c - alloc[r] for r, c in counts.items() if c > alloc[r]}
    total = sum(spare.values())
    if total <= left:  # everything fits
        return dict(counts)
    quotas = {r: left * s / total for r, s in spare.items()}
    for r, q in quotas.items():
        alloc[r] += int(q)
    rest = left - sum(int(q) for q in quotas.values())
    for r in sorted(quotas, key=lambda r: (-(quotas[r] - int(quotas[r])), r))[:rest]:
        alloc[r] += 1
    return alloc


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("seed", type=int)
    p.add_argument("findings", nargs="?", default=os.path.join(here, "out", "findings.tsv"))
    p.add_argument("-n", type=int, default=60)
    p.add_argument("--min-per-rule", type=int, default=4)
    p.add_argument("-o", "--output")
    a = p.parse_args()

    with open(a.findings, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    by_rule = defaultdict(list)
    for r in rows:
        by_rule[r["rule"]].append(r)
    alloc = allocate({r: len(v) for r, v in by_rule.items()}, a.n, a.min_per_rule)
    rng = random.Random(a.seed)
    picked = []
    for rule in sorted(by_rule):  # fixed order: the draw depends on the seed and the TSV only
        picked += rng.sample(by_rule[rule], alloc[rule])
    picked.sort(key=lambda r: (r["rule"], r["app"], r["file"], int(r["line"])))

    out = [f"Sample: seed {a.seed}, {len(picked)} of {len(rows)} production-code findings "
           f"({os.path.basename(a.findings)}), stratified by rule "
           f"(minimum {a.min_per_rule} per rule, the rest proportional).", "",
           "| rule | in sample / found |", "|---|---:|"]
    out += [f"| {r} | {alloc[r]} / {len(by_rule[r])} |" for r in sorted(by_rule)]
    out += ["", "| # | app | rule | level | location | message | verdict | reason | cause |",
            "|---:|---|---|---|---|---|---|---|---|"]
    for i, r in enumerate(picked, 1):
        msg = r["message"].replace("|", "\\|")
        out.append(f"| {i} | {r['app']} | {r['rule']} | {r['level']} | `{r['file']}:{r['line']}` "
                   f"| {msg} |  |  |  |")
    text = "\n".join(out) + "\n"
    if a.output:
        with open(a.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
