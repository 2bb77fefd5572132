#!/usr/bin/env python3
"""Scores RaceGuard on the development set of real race fixes (bench/devset/cases.json).

For every case: extract the before (parent of the fix) and after (fix) trees of the case's
paths from a bare mirror, run the CLI jar with --format sarif on them, and score
  before: "found"  when a finding of the expected rule lies in the expected file, inside the
                   line range of the expected method (computed from the extracted source);
  after:  "clean"  when no finding of that rule lies in the after-side method.
Third-party code is only extracted to the work directory, never into this repository.
"""
import argparse, json, os, shutil, subprocess, sys, time, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def mirror_dir(mirror_root, repo):
    owner, name = repo.split("/")
    for cand in (f"{owner}+{name}/repo", f"{owner}+{name}.git", f"{owner}+{name}",
                 f"{owner}/{name}.git", f"{owner}/{name}", f"{name}.git"):
        p = os.path.join(mirror_root, cand)
        if os.path.isfile(os.path.join(p, "HEAD")) and os.path.isdir(os.path.join(p, "objects")):
            return p
    return None


def git(gitdir, *args, **kw):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True, **kw)


def extract(gitdir, commit, paths, dest):
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    archive = subprocess.run(["git", "--git-dir", gitdir, "archive", "--format=tar", commit, "--", *paths],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", dest], input=archive, check=True)


def read_sarif(sarif):
    run = json.load(open(sarif))["runs"][0]
    out = []
    for r in run.get("results", []):
        loc = r["locations"][0]["physicalLocation"]
        out.append((r["ruleId"], r.get("level", "warning"), loc["artifactLocation"]["uri"],
                    loc.get("region", {}).get("startLine", 0)))
    return out


def analyze(jar, tree, paths, sarif, extra):
    cmd = ["java", "-jar", jar, "--format", "sarif", "--fail-on", "none", "--output", sarif, *extra, *paths]
    t0 = time.time()
    p = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
    secs = time.time() - t0
    if p.returncode not in (0, 1) or not os.path.isfile(sarif):
        raise RuntimeError(f"raceguard failed ({p.returncode}): {p.stderr.strip()[-400:]}")
    return read_sarif(sarif), secs


def method_ranges(jar, file, method):
    name, _, params = method.partition("(")
    args = ["java", "-cp", jar, os.path.join(HERE, "MethodRange.java"), file, name]
    if params:
        args.append(params.rstrip(")"))
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"cannot parse {file}: {p.stderr.strip()[-300:]}")
    ranges = []
    for line in p.stdout.splitlines():
        b, e, _ = line.split(" ", 2)
        ranges.append((int(b), int(e)))
    return ranges


def in_method(findings, rule, file, ranges):
    hits = []
    for (rid, level, uri, line) in findings:
        if uri.endswith(file) or file.endswith(uri):
            if any(b <= line <= e for (b, e) in ranges) and (rule is None or rid == rule):
                hits.append((rid, level, line))
    return hits


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", default=os.environ.get("DEVSET_MIRROR", "/work/.mirror"),
                    help="root holding the bare mirrors (default $DEVSET_MIRROR or /work/.mirror)")
    ap.add_argument("--jar", default=os.environ.get("DEVSET_JAR", os.path.join(ROOT, "analyzer/target/raceguard.jar")))
    ap.add_argument("--work", default=os.environ.get("DEVSET_WORK", "/tmp/raceguard-devset"))
    ap.add_argument("--cases", default=os.path.join(HERE, "cases.json"))
    ap.add_argument("--out", default=os.path.join(HERE, "results.md"), help="markdown table written here")
    ap.add_argument("--diagnoses", default=os.path.join(HERE, "diagnoses.json"),
                    help="case id -> why the analysis misses it (shown for missed / flagged cases)")
    ap.add_argument("--reuse", action="store_true",
                    help="score the trees and SARIF files a previous run left in the work dir (no extraction, no analysis)")
    ap.add_argument("ids", nargs="*", help="only these case ids")
    a = ap.parse_args()
    jar = os.path.abspath(a.jar)
    if not os.path.isfile(jar):
        sys.exit(f"no jar at {jar}: build it with  mvn -B -q -o -pl analyzer -am package -DskipTests")
    cases = json.load(open(a.cases))["cases"]
    diagnoses = json.load(open(a.diagnoses)) if os.path.isfile(a.diagnoses) else {}
    if a.ids:
        cases = [c for c in cases if c["id"] in a.ids]
    rows, missing = [], []
    for c in cases:
        gitdir = mirror_dir(a.mirror, c["repo"])
        if gitdir is None:
            missing.append(c)
            print(f"{c['id']}: no mirror of {c['repo']} under {a.mirror}: bring it in with the `fetch` tool "
                  f"(github:{c['repo']}) or `git clone --bare https://github.com/{c['repo']}.git "
                  f"{a.mirror}/{c['repo'].replace('/', '+')}/repo`", file=sys.stderr)
            continue
        row = {"case": c, "before": "error", "after": "error", "note": ""}
        try:
            for side in ("before", "after"):
                commit = c["fix"] if side == "after" else c["parent"]
                loc = c[side]
                tree = os.path.join(a.work, c["id"], side)
                sarif = os.path.join(a.work, c["id"], side + ".sarif")
                if a.reuse and os.path.isfile(sarif) and os.path.isdir(tree):
                    findings, secs = read_sarif(sarif), 0.0
                else:
                    extract(gitdir, commit, c["paths"], tree)
                    findings, secs = analyze(jar, tree, c["paths"], sarif, c.get("options", []))
                src = os.path.join(tree, loc["file"])
                ranges = method_ranges(jar, src, loc["method"])
                if not ranges:
                    raise RuntimeError(f"{side}: method {loc['method']} not found in {loc['file']}")
                hits = in_method(findings, c["rule"], loc["file"], ranges)
                others = in_method(findings, None, loc["file"], ranges)
                if side == "before":
                    row["before"] = "found" if hits else "missed"
                    if not hits and others:
                        row["note"] = "other rule there: " + ", ".join(sorted({o[0] for o in others}))
                else:
                    row["after"] = "flagged" if hits else "clean"
                row[side + "_secs"] = secs
        except Exception as e:  # one broken case never stops the run
            row["note"] = str(e)
        if (row["before"] == "missed" or row["after"] == "flagged") and c["id"] in diagnoses:
            row["diagnosis"] = diagnoses[c["id"]]
        rows.append(row)
        print(f"{c['id']:<28} {c['rule']:<27} before: {row['before']:<7} after: {row['after']:<7} {row['note']}")
    scored = [r for r in rows if r["before"] != "error"]
    found = sum(r["before"] == "found" for r in scored)
    clean = sum(r["after"] == "clean" for r in scored)
    n = len(scored)
    total = f"found {found}/{n} ({100.0 * found / n if n else 0:.0f}%), clean {clean}/{n} ({100.0 * clean / n if n else 0:.0f}%)"
    print("TOTAL: " + total + (f"; {len(missing)} case(s) skipped, mirror missing" if missing else ""))
    if not rows:
        print("nothing scored: results file left unchanged", file=sys.stderr)
        return 2
    try:
        head = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h", "--", "analyzer"],
                              capture_output=True, text=True).stdout.strip() or "?"
    except Exception:
        head = "?"
    with open(a.out, "w") as f:
        f.write(f"Measured {datetime.date.today().isoformat()} with the jar {os.path.basename(jar)}; last analyzer/ "
                f"commit in this checkout: {head} (`bench/devset/run.sh`).\n\n")
        f.write("| case | repository @ fix | rule | before | after | why missed / flagged |\n|---|---|---|---|---|---|\n")
        for r in rows:
            c = r["case"]
            why = "; ".join(x for x in (r.get("diagnosis", ""), r["note"]) if x)
            f.write(f"| {c['id']} | {c['repo']} @ {c['fix'][:10]} | `{c['rule']}` | {r['before']} | {r['after']} | {why} |\n")
        f.write(f"\n**Total**: {total}.\n")
        per_rule = {}
        for r in scored:
            t = per_rule.setdefault(r["case"]["rule"], [0, 0, 0])
            t[0] += r["before"] == "found"
            t[1] += r["after"] == "clean"
            t[2] += 1
        f.write("\nBy rule (found / clean / cases): " + "; ".join(
            f"`{k}` {v[0]} / {v[1]} / {v[2]}" for k, v in sorted(per_rule.items())) + ".\n")
    print(f"table written to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
