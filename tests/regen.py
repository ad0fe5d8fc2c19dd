#!/usr/bin/env python3
"""Regenerates every expected file of the conformance tests from the CPython 3.10.2 oracle.

usage: python3 tests/regen.py [--only FAMILY] [SUBSTRING...]

FAMILY is dis, errors, run or examples (dis includes the examples/ listings; examples
runs the tutorial scripts of examples/ as the run family runs its cases).

  tests/dis/cases/X.py     -> X.dis (stdout of `cpython310 -m dis X.py`), X.rc if nonzero
  tests/errors/cases/X.py  -> X.stderr (stderr of `cpython310 X.py`), X.rc
  tests/run/cases/X.py     -> X.stdout, X.stderr, X.rc (of `cpython310 X.py`)
  examples/X.py            -> tests/examples/X.stdout, X.stderr, X.rc (likewise), except the
                              examples tests/examples/pending.txt marks as needing the network

Each suite runs in its case directory with bare file names, as tests/conformance.rs runs pyco.
Only `0x...` addresses are normalized (to 0xADDR), and in stderr the absolute case directory
(to DIR/). The run family normalizes both streams, and only addresses printed as `at 0x...`
(object reprs), so that hex() and format() output stays checked. Subdirectories of
tests/run/cases (helper modules and packages imported by cases) are not cases. With SUBSTRING arguments, only the cases whose name contains one are rewritten.
The oracle is ../shared/oracle/cpython310 beside the repo, or $PYCO_ORACLE.
"""
import json, os, re, subprocess, sys, tempfile

TESTS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS)
ADDR = re.compile(r"0x[0-9a-fA-F]+")
CHUNK = 100


def find_oracle():
    env = os.environ.get("PYCO_ORACLE")
    if env:
        return env
    # A git worktree may sit one level deeper than the main checkout.
    for up in ("..", os.path.join("..", "..")):
        cand = os.path.normpath(os.path.join(ROOT, up, "shared", "oracle", "cpython310"))
        if os.path.exists(cand):
            return cand
    sys.exit("regen: cannot find shared/oracle/cpython310 beside the repo; set PYCO_ORACLE")


def run_batch(oracle, mode, cwd, files):
    """Runs the oracle over files (names relative to cwd); returns {file: record}."""
    records = {}
    for i in range(0, len(files), CHUNK):
        with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
            out = tmp.name
        try:
            chunk = files[i:i + CHUNK]
            done = subprocess.run([oracle, mode, out] + chunk, cwd=cwd, capture_output=True)
            if done.returncode != 0:
                crashed = [f for f in chunk if oracle_crashes(oracle, mode, cwd, f)]
                sys.exit(f"regen: the oracle itself failed (exit {done.returncode}) on: "
                         f"{', '.join(crashed) or 'no single file'} in {cwd}\n"
                         f"{done.stderr.decode(errors='replace')[-1500:]}")
            with open(out) as f:
                for line in f:
                    rec = json.loads(line)
                    records[rec["file"]] = rec
        finally:
            os.remove(out)
    return records


def oracle_crashes(oracle, mode, cwd, name):
    """Whether the oracle process fails (not the script: the oracle, e.g. a wasm stack
    overflow on deep recursion) when running `name` alone."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as tmp:
        out = tmp.name
    try:
        return subprocess.run([oracle, mode, out, name], cwd=cwd, capture_output=True).returncode != 0
    finally:
        os.remove(out)


def write(path, text):
    with open(path, "w", newline="") as f:
        f.write(text)


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def cases(cwd, filters):
    names = sorted(f for f in os.listdir(cwd) if f.endswith(".py"))
    return [n for n in names if not filters or any(s in n for s in filters)]


def drop_orphans(cwd, exts):
    """Removes expected files whose case script is gone."""
    for f in os.listdir(cwd):
        stem, ext = os.path.splitext(f)
        if ext in exts and not os.path.exists(os.path.join(cwd, stem + ".py")):
            os.remove(os.path.join(cwd, f))


def regen_dis(oracle, filters, cwd, out):
    """`-m dis` of every script in `cwd` (run there, as the harness runs pyco), written to
    `out` as NAME.dis (and NAME.rc when nonzero)."""
    files = cases(cwd, filters)
    recs = run_batch(oracle, "--batch-dis", cwd, files)
    for name in files:
        rec = recs[name]
        stem = os.path.join(out, name[:-3])
        write(stem + ".dis", ADDR.sub("0xADDR", rec["stdout"]))
        if rec["rc"]:
            write(stem + ".rc", f"{rec['rc']}\n")
            print(f"regen: warning: {name} does not compile in 3.10:\n{rec['stderr']}", file=sys.stderr)
        else:
            remove(stem + ".rc")
    if out == cwd:
        drop_orphans(cwd, {".dis", ".rc"})
    return len(files)


def regen_errors(oracle, filters):
    cwd = os.path.join(TESTS, "errors", "cases")
    files = cases(cwd, filters)
    recs = run_batch(oracle, "--batch", cwd, files)
    real = os.path.realpath(cwd) + "/"
    for name in files:
        rec = recs[name]
        stem = os.path.join(cwd, name[:-3])
        write(stem + ".stderr", rec["stderr"].replace(real, "DIR/"))
        write(stem + ".rc", f"{rec['rc']}\n")
        if rec["rc"] == 0:
            print(f"regen: warning: {name} ran without error in 3.10", file=sys.stderr)
    drop_orphans(cwd, {".stderr", ".rc"})
    return len(files)


RUN_ADDR = re.compile(r"(?<= at )0x[0-9a-fA-F]+")


def normalize_run(text, real):
    """The run family's normalization: object addresses and the absolute case directory."""
    return RUN_ADDR.sub("0xADDR", text).replace(real, "DIR/")


# The oracle's --batch runs every script in one interpreter and resets sys.modules between
# them, but not all process state: a script that changes the recursion limit (or the like)
# would change the next script's behaviour, so such scripts run in a batch of their own.
STATEFUL = re.compile(r"setrecursionlimit|sys\.last_|sys\.path\.|setswitchinterval|os\.chdir|sys\.setprofile|sys\.settrace")


def process_exit_code(rc):
    """The exit status a shell sees for `python3.10 X.py`: the oracle reports sys.exit's value
    itself (258, True), a process reports it modulo 256."""
    return int(rc) & 0xFF


def regen_run(oracle, filters, cwd=None, out=None, skip=()):
    """Runs the scripts of `cwd` (default tests/run/cases) under the oracle, writing their
    expected files to `out` (default `cwd`); names in `skip` are left out."""
    cwd = cwd or os.path.join(TESTS, "run", "cases")
    out = out or cwd
    files = [f for f in cases(cwd, filters) if f[:-3] not in skip]
    alone = [f for f in files if STATEFUL.search(open(os.path.join(cwd, f), encoding="utf-8").read())]
    recs = run_batch(oracle, "--batch", cwd, [f for f in files if f not in alone])
    for f in alone:
        recs.update(run_batch(oracle, "--batch", cwd, [f]))
    real = os.path.realpath(cwd) + "/"
    for name in files:
        rec = recs[name]
        stem = os.path.join(out, name[:-3])
        write(stem + ".stdout", normalize_run(rec["stdout"], real))
        write(stem + ".stderr", normalize_run(rec["stderr"], real))
        write(stem + ".rc", f"{process_exit_code(rec['rc'])}\n")
    if out == cwd:
        drop_orphans(cwd, {".stdout", ".stderr", ".rc"})
    return len(files)


def network_examples():
    """The examples tests/examples/pending.txt says need the network (reason "network...")."""
    path = os.path.join(TESTS, "examples", "pending.txt")
    names = set()
    for line in open(path, encoding="utf-8"):
        test, _, reason = line.partition("#")
        if test.strip() and reason.strip().startswith("network"):
            names.add(test.strip().split("::")[-1])
    return names


def regen_examples(oracle, filters):
    """The tutorial scripts, run where they live; expected files in tests/examples."""
    examples = os.path.join(ROOT, "examples")
    out = os.path.join(TESTS, "examples")
    skip = network_examples()
    for name in sorted(skip):
        print(f"regen: {name}.py needs the network: no expected files", file=sys.stderr)
    return regen_run(oracle, filters, examples, out, skip)


def main():
    args = sys.argv[1:]
    only = None
    if args[:1] == ["--only"] and len(args) > 1:
        only, args = args[1], args[2:]
        if only not in ("dis", "errors", "run", "examples"):
            sys.exit(f"regen: unknown family {only!r} (dis, errors, run, examples)")
    filters = args
    oracle = find_oracle()
    n_dis = n_ex = n_err = n_run = n_ex_run = 0
    if only in (None, "dis"):
        cases_dir = os.path.join(TESTS, "dis", "cases")
        n_dis = regen_dis(oracle, filters, cases_dir, cases_dir)
        # The tutorial scripts in examples/ are checked where they are, against listings here.
        examples_out = os.path.join(TESTS, "dis", "examples")
        os.makedirs(examples_out, exist_ok=True)
        examples = os.path.join(os.path.dirname(TESTS), "examples")
        n_ex = regen_dis(oracle, filters, examples, examples_out)
    if only in (None, "errors"):
        n_err = regen_errors(oracle, filters)
    if only in (None, "run"):
        n_run = regen_run(oracle, filters)
    if only in (None, "examples"):
        n_ex_run = regen_examples(oracle, filters)
    print(f"regen: {n_dis} dis cases, {n_ex} examples, {n_err} error cases, {n_run} run cases, "
          f"{n_ex_run} example runs written")


if __name__ == "__main__":
    main()
