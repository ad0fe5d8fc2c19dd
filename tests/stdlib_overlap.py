#!/usr/bin/env python3
"""Measures how much of each embedded Python module (stdlib/src/py, stdlib/src/pylib) is
textually identical to CPython 3.10's own Lib/*.py, which the project must not copy.

usage: python3 tests/stdlib_overlap.py [CPYTHON_LIB_DIR]

CPYTHON_LIB_DIR defaults to /tmp/pyco-cpython-lib, exported from the oracle
(`cpython310 --export-stdlib DIR`) on first use. A line counts when, stripped, it is longer
than 25 characters and appears verbatim in the CPython module of the same name. Some
overlap is unavoidable (signatures, error messages); a high share means the module follows
CPython's text and should be rewritten from the documented behaviour.
"""
import glob, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The oracle sits beside the main checkout (/work/shared); worktrees live one level deeper.
ORACLE = next((p for p in (os.path.join(ROOT, "..", "shared", "oracle", "cpython310"),
                           os.path.join(ROOT, "..", "..", "shared", "oracle", "cpython310"))
               if os.path.exists(p)), "cpython310")


def main():
    lib = sys.argv[1] if len(sys.argv) > 1 else "/tmp/pyco-cpython-lib"
    if not os.path.isdir(lib):
        subprocess.run([ORACLE, "--export-stdlib", lib], cwd="/tmp", check=True)
    for base in ("stdlib/src/py", "stdlib/src/pylib"):
        root = os.path.join(ROOT, base)
        for path in sorted(glob.glob(root + "/**/*.py", recursive=True)):
            rel = os.path.relpath(path, root)
            ref = os.path.join(lib, rel)
            if not os.path.exists(ref):
                continue
            ours = {l.strip() for l in open(path) if len(l.strip()) > 25}
            theirs = {l.strip() for l in open(ref, errors="replace") if len(l.strip()) > 25}
            if ours:
                same = len(ours & theirs)
                print(f"{base}/{rel:32s} {len(ours):5d} lines {same:5d} identical "
                      f"({100 * same // len(ours)}%)")


if __name__ == "__main__":
    main()
