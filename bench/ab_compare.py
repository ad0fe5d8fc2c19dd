#!/usr/bin/env python3
"""A/B timing of pyco builds (and python3) on one benchmark program, interleaved.

usage: python3 bench/ab_compare.py RUNS PROGRAM BINARY [BINARY ...]

Runs `BINARY run PROGRAM` (or `python3 PROGRAM` for a binary whose name contains
"python") RUNS times each, alternating the binaries, from bench/programs/, and prints the
minimum user CPU time of each. On a shared machine the minimum user time of interleaved
runs is steadier than wall time; keep copies of the builds to compare (cp
target/release/pyco /tmp/pyco_before). For instruction counts, which do not depend on the
load at all, use `valgrind --tool=callgrind` on a smaller input.
"""
import os
import resource
import subprocess
import sys

PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")


def user_time(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    subprocess.run(cmd, stdout=subprocess.DEVNULL, cwd=PROGRAMS, check=False)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, program = int(sys.argv[1]), sys.argv[2]
    # Paths are taken from here (the programs run from bench/programs/); bare names
    # such as python3 are found on PATH.
    binaries = [os.path.abspath(b) if os.sep in b else b for b in sys.argv[3:]]
    best = {b: float("inf") for b in binaries}
    for _ in range(runs):
        for b in binaries:
            cmd = [b, program] if "python" in os.path.basename(b) else [b, "run", program]
            best[b] = min(best[b], user_time(cmd))
    print(program, " ".join(f"{b}={t:.3f}" for b, t in best.items()))


if __name__ == "__main__":
    main()
