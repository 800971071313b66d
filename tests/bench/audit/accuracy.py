#!/usr/bin/env python3
"""Audit accuracy benchmark: recall of expected findings and false alarms, per fixture and in total.

    tests/bench/audit/accuracy.py [BUILD_DIR]      (default: build; needs pbxwarden-cli built)

Each fixture of accuracy-cases.json is a lab bundle (tests/audit/data) with sections replaced or
appended to, audited offline with `pbxwarden-cli audit --from-facts`. Expected findings and traps are
written by hand; only findings of medium or worse count. Exit status 1 when a medium-or-worse
expected finding is missed or a medium-or-worse false alarm is raised.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SERIOUS = {"medium", "high", "critical"}


def sections(raw):
    """name -> (content, rc) in bundle order."""
    out = {}
    for m in re.finditer(r"==PBXW-SECTION (.*?)==\n(.*?)==PBXW-END \1 rc=(-?\d+)==\n", raw, re.S):
        out[m.group(1)] = [m.group(2), int(m.group(3))]
    return out


def bundle(fixture):
    with open(os.path.join(SRC, "tests", "audit", "data", fixture["base"]), encoding="utf-8", errors="replace") as f:
        secs = sections(f.read())
    for name, text in fixture.get("set", {}).items():
        secs[name] = [text, 0]
    for name, text in fixture.get("append", {}).items():
        content, rc = secs.get(name, ["", 0])
        if content and not content.endswith("\n"):
            content += "\n"
        secs[name] = [content + text, rc]
    parts = []
    for name, (content, rc) in secs.items():
        if content and not content.endswith("\n"):
            content += "\n"
        parts.append("==PBXW-SECTION %s==\n%s==PBXW-END %s rc=%d==\n" % (name, content, name, rc))
    return "".join(parts)


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SRC, "build")
    cli = os.path.join(build, "app", "entry", "pbxwarden-cli")
    with open(os.path.join(HERE, "accuracy-cases.json"), encoding="utf-8") as f:
        cases = json.load(f)
    total_expected = total_found = total_false = 0
    print("%-36s %8s %8s  %s" % ("fixture", "recall", "false", "details"))
    for fx in cases["fixtures"]:
        with tempfile.NamedTemporaryFile("w", suffix=".pbxw", delete=False, encoding="utf-8") as t:
            t.write(bundle(fx))
            path = t.name
        try:
            run = subprocess.run([cli, "audit", "--from-facts", path, "--name", fx["name"], "--format", "json",
                                  "--previous-audit", cases["previous_audit"]], capture_output=True, text=True)
        finally:
            os.unlink(path)
        if run.returncode not in (0, 2):
            print("%-36s error: %s" % (fx["name"], run.stderr.strip()))
            return 1
        pbx = json.loads(run.stdout)["pbxs"][0]
        failed = {}
        for f in pbx["findings"]:
            sev = failed.get(f["check"])
            failed[f["check"]] = f["severity"] if sev is None or sev in ("low", "info") else sev
        serious = {c for c, s in failed.items() if s in SERIOUS}
        expected = set(fx["expected"])
        found = expected & serious
        false = (set(fx["traps"]) & set(failed)) | (
            (serious - expected - set(fx.get("allowed", []))) if fx.get("clean") else set())
        total_expected += len(expected)
        total_found += len(found)
        total_false += len(false)
        details = []
        if expected - found:
            details.append("missed: " + ", ".join(sorted(expected - found)))
        if false:
            details.append("false alarms: " + ", ".join(sorted(false)))
        print("%-36s %3d/%-4d %8d  %s" % (fx["name"], len(found), len(expected), len(false),
                                          "; ".join(details) or "ok"))
    recall = 100.0 * total_found / total_expected if total_expected else 100.0
    print("\nrecall %.0f%% (%d of %d expected findings of medium or worse), %d false alarm(s)"
          % (recall, total_found, total_expected, total_false))
    return 0 if total_found == total_expected and total_false == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
