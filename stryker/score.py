#!/usr/bin/env python3
"""Prints the mutation score of a Stryker.NET JSON report, and with --survivors the mutants left alive.

score = (killed + timeout) / (killed + timeout + survived + no coverage), as issue #20 defines it.
Usage: score.py REPORT.json [--survivors]
"""
import json
import sys
from collections import Counter


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    counts = Counter()
    alive = []
    for path, f in sorted(report["files"].items()):
        lines = f["source"].split("\n")
        for m in f["mutants"]:
            counts[m["status"]] += 1
            if m["status"] in ("Survived", "NoCoverage"):
                line = m["location"]["start"]["line"]
                alive.append((path, line, m["status"], m["mutatorName"], m.get("replacement", ""),
                              lines[line - 1].strip() if line <= len(lines) else ""))
    detected = counts["Killed"] + counts["Timeout"]
    valid = detected + counts["Survived"] + counts["NoCoverage"]
    score = 100.0 * detected / valid if valid else 100.0
    print(f"killed {counts['Killed']}, timeout {counts['Timeout']}, survived {counts['Survived']}, "
          f"no coverage {counts['NoCoverage']}, ignored {counts['Ignored']}, compile errors {counts['CompileError']}: "
          f"score {score:.1f} %")
    if "--survivors" in sys.argv:
        for path, line, status, mutator, repl, src in alive:
            short = path.split("/src/")[-1]
            print(f"  {short}:{line} {status} [{mutator}] -> {repl!s:.80}   | {src:.110}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
