#!/usr/bin/env python3
"""corpus_check: compare `pyco dis` with CPython 3.10's `-m dis` over any tree of .py files.

usage: python3 tests/corpus_check.py SRC_DIR [--limit N] [--seed S] [--pyco PATH]

A development tool beside tests/regen.py and ../shared/tools/stdlib-dis-check: it samples up
to N files from SRC_DIR (for example an installed site-packages), copies them into a work
directory under ~/.cache/pyco-oracle/corpus-<hash>, asks the oracle for their listings once
(cached), then prints every file whose normalized listing or exit code differs, with its first
differing line, and `N passed, M failed`. Normalization is the conformance suite's: addresses,
and the order of frozenset elements.
"""
import argparse, ast, hashlib, json, os, random, re, shutil, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE = os.path.join(ROOT, "..", "shared", "oracle", "cpython310")
CACHE = os.environ.get("PYCO_ORACLE_CACHE") or os.path.expanduser("~/.cache/pyco-oracle")
ADDR = re.compile(r"0x[0-9a-fA-F]+")
FROZEN = re.compile(r"frozenset\(\{(.*?)\}\)")


def sorted_frozenset(m):
    try:
        items = ast.literal_eval("{" + m.group(1) + "}")
        return "frozenset({" + ", ".join(sorted(repr(x) for x in items)) + "})"
    except Exception:
        return m.group(0)


def normalize(text):
    return FROZEN.sub(sorted_frozenset, ADDR.sub("0xADDR", text))


def sample(src, limit, seed):
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(src) if "__pycache__" not in d
                   for f in fs if f.endswith(".py") and os.path.getsize(os.path.join(d, f)) < 300_000)
    random.Random(seed).shuffle(files)
    return files[:limit]


def oracle_listings(work, rels):
    out = os.path.join(work, "oracle.jsonl")
    if os.path.exists(out):
        return [json.loads(line) for line in open(out)]
    records = []
    for i in range(0, len(rels), 100):
        part = os.path.join(work, "part.jsonl")
        subprocess.run([ORACLE, "--batch-dis", part] + rels[i:i + 100], cwd=work, check=True)
        records += [json.loads(line) for line in open(part)]
    with open(out, "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    return records


def check(pyco, work, rec):
    p = subprocess.run([pyco, "dis", rec["file"]], cwd=work, capture_output=True, text=True,
                       timeout=60)
    want, got = normalize(rec["stdout"]), normalize(p.stdout)
    if want == got and p.returncode == rec["rc"]:
        return None
    first = next((f"line {i + 1}: want {a!r} got {b!r}"
                  for i, (a, b) in enumerate(zip(want.splitlines(), got.splitlines())) if a != b),
                 f"rc {p.returncode} (want {rec['rc']}) {p.stderr.strip()[-200:]!r}")
    return f"{rec['file']}: {first}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pyco", default=os.path.join(ROOT, "target", "release", "pyco"))
    a = ap.parse_args()
    files = sample(os.path.abspath(a.src), a.limit, a.seed)
    key = hashlib.sha1(("\n".join(files) + str(a.seed)).encode()).hexdigest()[:12]
    work = os.path.join(CACHE, "corpus-" + key)
    os.makedirs(os.path.join(work, "c"), exist_ok=True)
    rels = []
    for i, f in enumerate(files):
        rel = os.path.join("c", "%05d_%s" % (i, os.path.basename(f)))
        if not os.path.exists(os.path.join(work, rel)):
            shutil.copy(f, os.path.join(work, rel))
        rels.append(rel)
    records = oracle_listings(work, rels)
    with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        failures = [r for r in ex.map(lambda rec: check(a.pyco, work, rec), records) if r]
    for f in failures:
        print("FAIL", f[:400])
    print(f"{len(records) - len(failures)} passed, {len(failures)} failed")


if __name__ == "__main__":
    sys.exit(main())
