#!/usr/bin/env python3
"""Computes the figures of a judged sample (a baseline-*.md written from sample.py's table).

Usage: score.py JUDGED.md
Reads the "rule | in sample / found" table and the sample table (verdict, reason and cause
columns filled in) and prints, as markdown: verdict counts and shares, the share of defects among
findings at level warning or error, the same per rule, the figures weighted back by each rule's
share of all findings (the sample is stratified), and the causes of wrong / harmless verdicts.
"""
import re
import sys
from collections import Counter, defaultdict

VERDICTS = ("defect", "harmless", "wrong")


def cells(line):
    body = line.strip()[1:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", body)]


def parse(path):
    found, rows, header = {}, [], None
    for line in open(path, encoding="utf-8"):
        if not line.startswith("|"):
            header = None if not line.strip() else header
            continue
        c = cells(line)
        if set("".join(c)) <= set("-: "):
            continue
        if c[0] in ("rule", "#"):
            header = c
            continue
        if header and header[0] == "rule" and len(c) == 2 and "/" in c[1]:
            n, total = (int(x) for x in c[1].split("/"))
            found[c[0]] = (n, total)
        elif header and header[0] == "#":
            rows.append(dict(zip(header, c)))
    return found, rows


def pct(a, b):
    return f"{100.0 * a / b:.0f}%" if b else "-"


def main():
    found, rows = parse(sys.argv[1])
    unjudged = [r["#"] for r in rows if r.get("verdict") not in VERDICTS]
    if unjudged:
        sys.exit(f"not judged yet: rows {', '.join(unjudged)}")
    v = Counter(r["verdict"] for r in rows)
    n = len(rows)
    ranked = [r for r in rows if r["level"] in ("warning", "error")]
    out = [f"Sample of {n}: **{v['defect']} defect ({pct(v['defect'], n)})**, "
           f"{v['harmless']} harmless ({pct(v['harmless'], n)}), "
           f"**{v['wrong']} wrong ({pct(v['wrong'], n)})**.",
           f"Among the {len(ranked)} sampled findings at level warning or error: "
           f"**{sum(r['verdict'] == 'defect' for r in ranked)} defect "
           f"({pct(sum(r['verdict'] == 'defect' for r in ranked), len(ranked))})**.", ""]

    # weighted back by each rule's share of all findings
    total = sum(t for _, t in found.values())
    if total:
        w = defaultdict(float)
        wr, wr_def = 0.0, 0.0
        for rule, (k, t) in found.items():
            sub = [r for r in rows if r["rule"] == rule]
            for r in sub:
                w[r["verdict"]] += t / total / len(sub)
            sub_ranked = [r for r in sub if r["level"] in ("warning", "error")]
            if sub_ranked:
                share = sum(r["verdict"] == "defect" for r in sub_ranked) / len(sub_ranked)
                frac = t / total * len(sub_ranked) / len(sub)
                wr += frac
                wr_def += frac * share
        out += [f"Weighted by each rule's share of the {total} findings: "
                f"defect {w['defect']:.0%}, harmless {w['harmless']:.0%}, wrong {w['wrong']:.0%}; "
                f"defect among warning/error {wr_def / wr if wr else 0:.0%}.", ""]

    out += ["| rule | found | sampled | defect | harmless | wrong |", "|---|---:|---:|---:|---:|---:|"]
    for rule in sorted({r["rule"] for r in rows}):
        sub = Counter(r["verdict"] for r in rows if r["rule"] == rule)
        out.append(f"| {rule} | {found.get(rule, ('', '-'))[1]} | {sum(sub.values())} | "
                   + " | ".join(str(sub[x]) for x in VERDICTS) + " |")
    out += ["", "Causes of the wrong and harmless verdicts:", "",
            "| cause | wrong | harmless |", "|---|---:|---:|"]
    causes = defaultdict(Counter)
    for r in rows:
        if r["verdict"] != "defect":
            causes[r.get("cause") or "?"][r["verdict"]] += 1
    key = lambda c: (0, int(c)) if c.isdigit() else (1, c)
    for c in sorted(causes, key=key):
        out.append(f"| {c} | {causes[c]['wrong']} | {causes[c]['harmless']} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
