#!/usr/bin/env python3
"""Times `target/release/pyco dis F` against `python3 -m dis F` over a large corpus.

usage: python3 bench/dis_bench.py [--runs N] [--limit N] [--corpus DIR]

The corpus is CPython 3.10's standard library: the cache that /work/shared/tools/stdlib-dis-check
makes (~/.cache/pyco-oracle/stdlib310, or $PYCO_ORACLE_CACHE/stdlib310), else exported once with
`cpython310 --export-stdlib`. Files that this python3 cannot compile are skipped for both tools. Both get absolute paths
from an empty working directory.
Each tool runs once per file, sequentially, output to /dev/null; each run is timed as a whole,
and the best of N runs is reported with the ratio pyco / python3.
"""
import argparse, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYCO = os.path.join(ROOT, "target", "release", "pyco")
CACHE = os.environ.get("PYCO_ORACLE_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "pyco-oracle")


def find_oracle():
    for up in ("..", os.path.join("..", "..")):
        cand = os.path.normpath(os.path.join(ROOT, up, "shared", "oracle", "cpython310"))
        if os.path.exists(cand):
            return cand
    sys.exit("dis_bench: no corpus cached and no shared/oracle/cpython310 to export one")


def corpus_dir(given):
    if given:
        return given
    path = os.path.join(CACHE, "stdlib310")
    if not os.path.isdir(path):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run([find_oracle(), "--export-stdlib", "stdlib310"], cwd=CACHE, check=True)
    return path


def compilable(path):
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec")
        return True
    except (SyntaxError, ValueError, UnicodeDecodeError):
        return False


def time_run(cmd, files, cwd):
    """Seconds to run cmd + [file] for every file; also the number of nonzero exits."""
    failures = 0
    start = time.perf_counter()
    for f in files:
        rc = subprocess.run(cmd + [f], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL).returncode
        failures += rc != 0
    return time.perf_counter() - start, failures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N files")
    ap.add_argument("--corpus")
    a = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--bin", "pyco"], cwd=ROOT, check=True)
    corpus = os.path.abspath(corpus_dir(a.corpus))
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs
                   if f.endswith(".py"))
    if a.limit:
        files = files[:a.limit]
    usable = [f for f in files if compilable(f)]
    size = sum(os.path.getsize(f) for f in usable)
    print(f"corpus: {len(usable)} files ({size / 1e6:.1f} MB) from {corpus}; "
          f"{len(files) - len(usable)} skipped (python3 cannot compile them)")

    tools = {"pyco": [PYCO, "dis"], "python3": [sys.executable, "-I", "-m", "dis"]}
    best = {name: float("inf") for name in tools}
    fails = {}
    # A neutral working directory: run from the corpus, python3 would import 3.10's stdlib.
    cwd = tempfile.mkdtemp(prefix="dis_bench_")
    for run in range(1, a.runs + 1):
        for name, cmd in tools.items():
            secs, fails[name] = time_run(cmd, usable, cwd)
            best[name] = min(best[name], secs)
            print(f"run {run}: {name:8} {secs:7.2f} s")
    for name in tools:
        print(f"best of {a.runs}: {name:8} {best[name]:7.2f} s  ({fails[name]} nonzero exits)")
    print(f"ratio pyco / python3: {best['pyco'] / best['python3']:.2f}")
    if fails["pyco"]:
        print(f"note: pyco failed on {fails['pyco']} files, so the ratio understates its cost")
    os.rmdir(cwd)


if __name__ == "__main__":
    main()
