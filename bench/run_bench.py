#!/usr/bin/env python3
"""Times `pyco run P` against `python3 P` for every program P in bench/programs/.

usage: python3 bench/run_bench.py [--runs N] [--only SUBSTR] [--pyco PATH] [--startup-runs N]

Builds nothing: build first with `cargo build --release`. Each program runs from
bench/programs/ with its own name as argument, pyco and python3 alternating, N times each
(default 3); the table shows the BEST (minimum) wall time of the N runs and the ratio
pyco / python3, then the geometric mean of the ratios (all programs, and the issue-3 and the
`gen_` programs apart). Both must print the same stdout and exit 0: a mismatch is FAIL and is
not timed further; a pyco failure (nonzero exit, timeout) is "error" and the row has no ratio.
Start-up is measured apart: an empty script, run --startup-runs times (default 20) by each,
reported as the minimum and the mean, with the ratio of the minima.
"""
import argparse, math, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
PYTHON = "python3"
TIMEOUT = 300  # seconds for one run of one program


def run_once(cmd, cwd):
    """(seconds, exit code or 'timeout', stdout, stderr) of one run."""
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, "timeout", b"", b""
    return time.perf_counter() - start, p.returncode, p.stdout, p.stderr


def why(rc, stderr):
    """A one-line reason for a failed run."""
    if rc == "timeout":
        return f"timed out after {TIMEOUT} s"
    lines = stderr.decode(errors="replace").strip().splitlines()
    return f"exit {rc}" + (f": {lines[-1]}" if lines else "")


def bench_program(name, pyco, runs):
    """One table row (name, pyco cell, python3 cell, ratio or None) and a note or None."""
    cmds = {"pyco": [pyco, "run", name], "python3": [PYTHON, name]}
    best = {"pyco": math.inf, "python3": math.inf}
    out = {}
    for _ in range(runs):
        for tool, cmd in cmds.items():
            if tool in out and out[tool] is None:
                continue  # this tool already failed: time only the other one
            secs, rc, stdout, stderr = run_once(cmd, PROGRAMS)
            if rc != 0:
                out[tool] = None
                best[tool] = why(rc, stderr)
                continue
            if out.setdefault(tool, stdout) != stdout:
                return (name, "FAIL", "FAIL", None), f"{name}: {tool}'s stdout differs between runs"
            best[tool] = min(best[tool], secs)
        if out.get("pyco") and out.get("python3") and out["pyco"] != out["python3"]:
            return (name, "FAIL", "FAIL", None), f"{name}: pyco's stdout differs from python3's"
    cells = {t: f"{v:.3f}" if isinstance(v, float) else "error" for t, v in best.items()}
    notes = [f"{name}: {t} {v}" for t, v in best.items() if not isinstance(v, float)]
    ratio = best["pyco"] / best["python3"] if not notes else None
    return (name, cells["pyco"], cells["python3"], ratio), "; ".join(notes) or None


def geomean(ratios):
    return math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else None


def startup(pyco, runs):
    """Prints the start-up comparison for an empty script."""
    with tempfile.TemporaryDirectory(prefix="pyco_bench_") as tmp:
        open(os.path.join(tmp, "empty.py"), "w").close()
        cmds = {"pyco": [pyco, "run", "empty.py"], "python3": [PYTHON, "empty.py"]}
        times = {t: [] for t in cmds}
        failed = {}
        for _ in range(runs):
            for tool, cmd in cmds.items():
                secs, rc, _, stderr = run_once(cmd, tmp)
                if rc != 0:
                    failed[tool] = why(rc, stderr)
                times[tool].append(secs)
    print(f"\nStart-up, empty script, {runs} runs each (min / mean, ms):\n")
    print("| command | min ms | mean ms |")
    print("|---|---:|---:|")
    for tool, ts in times.items():
        label = "pyco run empty.py" if tool == "pyco" else "python3 empty.py"
        print(f"| `{label}` | {1000 * min(ts):.1f} | {1000 * sum(ts) / len(ts):.1f} |")
    ratio = min(times["pyco"]) / min(times["python3"])
    if failed:
        for tool, reason in failed.items():
            print(f"\nstart-up: {tool} failed ({reason}); its time is not meaningful")
    else:
        print(f"\nstart-up ratio pyco / python3 (min): {ratio:.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per program and tool (default 3)")
    ap.add_argument("--only", default="", help="only programs whose name contains SUBSTR")
    ap.add_argument("--pyco", default=os.path.join(ROOT, "target", "release", "pyco"),
                    help="the pyco binary (default target/release/pyco)")
    ap.add_argument("--startup-runs", type=int, default=20)
    a = ap.parse_args()

    pyco = os.path.abspath(a.pyco)
    if not os.access(pyco, os.X_OK):
        sys.exit(f"run_bench: {pyco} is missing; build it first: cargo build --release")
    version = subprocess.run([PYTHON, "--version"], capture_output=True, text=True).stdout.strip()
    names = sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py") and a.only in f)
    if not names:
        sys.exit(f"run_bench: no program in {PROGRAMS} matches {a.only!r}")
    print(f"pyco: {pyco}; python3: {version}; best of {a.runs} runs, wall time\n")
    print("| program | pyco s | python3 s | ratio |")
    print("|---|---:|---:|---:|")
    rows, notes = [], []
    for name in names:
        row, note = bench_program(name, pyco, max(1, a.runs))
        rows.append(row)
        if note:
            notes.append(note)
        ratio = f"{row[3]:.2f}" if row[3] is not None else "-"
        print(f"| {row[0][:-3]} | {row[1]} | {row[2]} | {ratio} |", flush=True)
    print()
    groups = [("all programs", rows),
              ("issue 3 (not gen_)", [r for r in rows if not r[0].startswith("gen_")]),
              ("issue 4 (gen_)", [r for r in rows if r[0].startswith("gen_")])]
    for label, group in groups:
        ratios = [r[3] for r in group if r[3] is not None]
        if group:
            g = geomean(ratios)
            print(f"geometric mean of ratios, {label}: "
                  f"{f'{g:.2f}' if g else '-'} ({len(ratios)} of {len(group)} programs timed)")
    for note in notes:
        print(f"note: {note}")
    startup(pyco, a.startup_runs)


if __name__ == "__main__":
    main()
