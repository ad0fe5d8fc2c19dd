#!/usr/bin/env python3
"""Rewrites tests/run/pending.txt with exactly the `run::` conformance cases pyco fails.

usage: python3 tests/update_pending.py [--release]

Builds pyco (`cargo build`), runs the run suite through the conformance harness with the
pending cases included (`cargo test --test conformance -- --include-ignored run::`), so that a
case counts as passing exactly when the harness would pass it, and writes the failing names,
sorted, to tests/run/pending.txt. The harness marks the listed cases ignored; as the VM grows,
run this again and commit the shorter list.
"""
import os, re, subprocess, sys

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)
PENDING = os.path.join(TESTS, "run", "pending.txt")
HEADER = """\
# `run::` conformance cases that do not pass yet, while the VM is being built.
# The harness (tests/conformance.rs) runs each listed case as an ignored test, like
# tests/known_failures.txt; `cargo test --test conformance -- --include-ignored run::` runs
# them anyway. Do not edit by hand: `python3 tests/update_pending.py` rewrites this file with
# exactly the cases that fail.
"""
RESULT = re.compile(r"^test (run::\S+)\s+\.\.\. (\w+)", re.M)


def main():
    profile = ["--release"] if "--release" in sys.argv[1:] else []
    subprocess.run(["cargo", "build"] + profile, cwd=ROOT, check=True)
    done = subprocess.run(
        ["cargo", "test"] + profile + ["--test", "conformance", "--", "--include-ignored",
                                       "--test-threads", str(os.cpu_count() or 1), "run::"],
        cwd=ROOT, capture_output=True, text=True)
    results = dict(RESULT.findall(done.stdout))
    if not results:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        sys.exit("update_pending: no run:: results in the harness output")
    failing = sorted(name for name, status in results.items() if status != "ok")
    with open(PENDING, "w") as f:
        f.write(HEADER)
        f.writelines(name + "\n" for name in failing)
    print(f"update_pending: {len(results) - len(failing)} of {len(results)} run cases pass; "
          f"{len(failing)} pending")


if __name__ == "__main__":
    main()
