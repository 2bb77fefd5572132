#!/usr/bin/env python3
"""Collects the findings of bench/precision/run.sh into TSV tables.

Usage: collect.py APPS_TSV OUT APP...
Reads OUT/APP.sarif (and OUT/APP.tree, the analyzed tree root) for each APP and writes
  OUT/findings.tsv       production-code findings: app, rule, level, file, line, message head
  OUT/test-findings.tsv  the same for findings in test code (counted apart, never sampled)
  OUT/totals.md          counts per app, per rule and per level
File paths are relative to the tree root of the application.
"""
import json
import os
import re
import sys
from collections import Counter
from urllib.parse import unquote, urlparse

HEADER = ["app", "rule", "level", "file", "line", "message"]

# Test code, as issue 17 cause 9 defines it: src/test/, src/it/, src/testFixtures/, src/*Test/,
# folders named integration-tests and *-test* modules.
TEST_PATH = re.compile(
    r"(^|/)src/(test|it|testFixtures|[^/]*Test)/"
    r"|(^|/)integration-tests?(/|$)"
    r"|(^|/)[^/]*-test[^/]*/")


def is_test(path):
    return TEST_PATH.search(path) is not None


def message_head(text, width=110):
    text = re.sub(r"\[([^\]]*)\]\(\d+\)", r"\1", text)  # [label](id) links -> label
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def uri_path(uri):
    return unquote(urlparse(uri).path) if uri.startswith("file:") else unquote(uri)


def findings(out, app):
    tree = open(os.path.join(out, app + ".tree")).read().strip()
    with open(os.path.join(out, app + ".sarif")) as f:
        sarif = json.load(f)
    for run in sarif["runs"]:
        bases = {k: uri_path(v.get("uri", "")) for k, v in run.get("originalUriBaseIds", {}).items()}
        for r in run.get("results", []):
            loc = r["locations"][0]["physicalLocation"]
            art = loc["artifactLocation"]
            path = uri_path(art["uri"])
            if not os.path.isabs(path):
                path = os.path.join(bases.get(art.get("uriBaseId"), tree), path)
            path = os.path.relpath(os.path.normpath(path), tree)
            yield [app, r["ruleId"], r.get("level", "warning"), path,
                   str(loc.get("region", {}).get("startLine", 0)), message_head(r["message"]["text"])]


def write_tsv(path, rows):
    with open(path, "w") as f:
        f.write("\t".join(HEADER) + "\n")
        for row in rows:
            f.write("\t".join(c.replace("\t", " ") for c in row) + "\n")


def table(title, counter_by_app, columns):
    lines = [f"| {title} | " + " | ".join(columns) + " | total |",
             "|---|" + "---:|" * (len(columns) + 1)]
    grand = Counter()
    for app, c in counter_by_app.items():
        lines.append(f"| {app} | " + " | ".join(str(c[k]) for k in columns) + f" | {sum(c.values())} |")
        grand.update(c)
    lines.append("| **all** | " + " | ".join(f"**{grand[k]}**" for k in columns)
                 + f" | **{sum(grand.values())}** |")
    return "\n".join(lines)


def main():
    apps_tsv, out, apps = sys.argv[1], sys.argv[2], sys.argv[3:]
    order = [l.split("\t")[0] for l in open(apps_tsv) if l.strip() and not l.startswith("#")]
    apps = sorted(apps, key=lambda a: order.index(a) if a in order else len(order))
    prod, test = [], []
    for app in apps:
        for row in findings(out, app):
            (test if is_test(row[3]) else prod).append(row)
    key = lambda r: (apps.index(r[0]), r[3], int(r[4]), r[1])
    prod.sort(key=key)
    test.sort(key=key)
    write_tsv(os.path.join(out, "findings.tsv"), prod)
    write_tsv(os.path.join(out, "test-findings.tsv"), test)

    rules = sorted({r[1] for r in prod})
    levels = [l for l in ("error", "warning", "note") if any(r[2] == l for r in prod)]
    by_rule = {a: Counter(r[1] for r in prod if r[0] == a) for a in apps}
    by_level = {a: Counter(r[2] for r in prod if r[0] == a) for a in apps}
    tests = Counter(r[0] for r in test)
    md = ["Production-code findings per app and rule:", "", table("app", by_rule, rules), "",
          "Per app and level:", "", table("app", by_level, levels), "",
          "Findings in test code (excluded from the sample): "
          + ", ".join(f"{a} {tests[a]}" for a in apps) + f"; total {sum(tests.values())}.", ""]
    with open(os.path.join(out, "totals.md"), "w") as f:
        f.write("\n".join(md))
    print(f"{len(prod)} production-code findings, {len(test)} in test code -> {out}/findings.tsv",
          file=sys.stderr)


if __name__ == "__main__":
    main()
