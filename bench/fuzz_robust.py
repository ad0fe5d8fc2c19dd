#!/usr/bin/env python3
"""fuzz_robust: throws adversarial inputs at `pyco dis` / `pyco run` and reports crashes.

usage: python3 bench/fuzz_robust.py [--pyco target/release/pyco] [--seconds 60] [--seed N]
                                    [--corpus DIR] [--keep DIR] [--timeout 5]

Inputs: random byte mutations and token-level mutations of a corpus of Python files (default:
CPython's stdlib as cached by ../shared/tools/stdlib-dis-check), plus generated deep-nesting,
huge-literal and bad-encoding files. A finding is a nonzero exit other than 1 (compile error)
or 2 (run not implemented), "panicked" / "internal error" on stderr, a signal, or a run slower
than --timeout seconds. Findings are written to --keep (default /tmp/pyco-fuzz) with a note.
Compare a finding with CPython by hand: ../shared/oracle/cpython310 -m dis FILE.
Helper script only (python3 3.11 is fine): it never decides expected outputs itself.
"""
import argparse, io, os, random, subprocess, sys, time, tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_CORPUS = os.path.expanduser("~/.cache/pyco-oracle/stdlib310")


def byte_mutation(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if not data:
            data += b"x"
        i = rng.randrange(len(data))
        op = rng.randrange(7)
        if op == 0:
            data[i] = rng.randrange(256)
        elif op == 1:
            del data[i : i + rng.randint(1, 16)]
        elif op == 2:
            j = rng.randrange(len(data))
            data[i:i] = data[j : j + rng.randint(1, 64)]
        elif op == 3:
            data[i:i] = rng.choice([b"\0", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\r", b"\t",
                                    b"\\", b"\f", b"\x1a", b"'''", b'"', b"f'{", b"(", b"]"])
        elif op == 4:
            data[i:i] = b" " * rng.randint(1, 8)
        elif op == 5:
            data[i] ^= 1 << rng.randrange(8)
        else:
            j = rng.randrange(len(data))
            data[i], data[j] = data[j], data[i]
    return bytes(data)


def tokens_of(text):
    try:
        return list(tokenize.generate_tokens(io.StringIO(text).readline))
    except Exception:
        return None


SNIPPETS = ["(", ")", "[", "]", "{", "}", ":", ",", "lambda", "yield", "await", "async",
            "*", "**", "=", ":=", "not", "if", "else", "for", "in", "return", "del", "global",
            "nonlocal", "class", "def", "with", "as", "try", "except", "finally", "break",
            "continue", "import", "from", "0", "1e999", "10**1000", "'s'", "f'{x}'", "...",
            "None", "@", ";", "\\\n", "\n", "    ", "\t"]


def token_mutation(rng, text):
    toks = tokens_of(text)
    if not toks:
        return text.encode("utf-8", "surrogatepass")
    lines = text.splitlines(keepends=True)
    # Work on one line: replace, delete, duplicate or insert a token there.
    t = rng.choice(toks)
    (sr, sc), (er, ec) = t.start, t.end
    if sr != er or sr < 1 or sr > len(lines):
        return text.encode()
    line = lines[sr - 1]
    op = rng.randrange(4)
    if op == 0:
        new = line[:sc] + line[ec:]
    elif op == 1:
        new = line[:sc] + rng.choice(SNIPPETS) + line[ec:]
    elif op == 2:
        new = line[:ec] + " " + line[sc:ec] + line[ec:]
    else:
        other = rng.choice(toks)
        new = line[:sc] + " " + other.string + " " + line[sc:]
    lines[sr - 1] = new
    return "".join(lines).encode("utf-8", "surrogatepass")


def generated(rng):
    n = rng.choice([10, 100, 200, 500, 1000, 3000, 10000, 50000])
    k = rng.randrange(16)
    if k == 0:
        return ("x = " + "(" * n + "1" + ")" * n + "\n").encode()
    if k == 1:
        return ("x = " + "-" * n + "1\n").encode()
    if k == 2:
        return ("x = " + "+".join(["a"] * n) + "\n").encode()
    if k == 3:
        return ("x = a" + ".b" * n + "\n").encode()
    if k == 4:
        return ("x = " + "lambda: " * n + "1\n").encode()
    if k == 5:
        return "".join(" " * i + "if x:\n" for i in range(min(n, 200))).encode() + b" " * 200 + b"pass\n"
    if k == 6:
        return ("x = [" + ",".join(str(i) for i in range(n)) + "]\n").encode()
    if k == 7:
        return ("def f():\n" + "".join(" x%d = %d\n" % (i, i) for i in range(n))).encode()
    if k == 8:
        return ("x = 1\n" * n).encode()
    if k == 9:
        return ("x = " + "9" * n + "\n").encode()
    if k == 10:
        return ("if x:\n" + " y = x\n" * n + "z = 1\n").encode()
    if k == 11:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
    if k == 12:
        enc = rng.choice(["utf-8", "latin-1", "utf-16", "bogus", "ascii", "utf-8-sig", "cp1252"])
        body = rng.choice([b"x = '\xe9'\n", b"x = 1\n", b"\xef\xbb\xbfx = 1\n", b"x = '\0'\n"])
        return b"# -*- coding: " + enc.encode() + b" -*-\n" + body
    if k == 13:
        return rng.choice([b"\xef\xbb\xbf", b"\xfe\xff", b"\xff\xfe", b""]) + rng.choice(
            [b"x = 1\n", b"\0", b"x = '\x80'\n", b"\xef\xbb\xbf\xef\xbb\xbf", b"#\xff\n"])
    if k == 14:
        return ("x = f'" + "{x!r:{y}}" * (n // 10 + 1) + "'\n").encode()
    return ("x = " + "[x for x in " * min(n, 150) + "y" + "]" * min(n, 150) + "\n").encode()


def check(pyco, mode, path, timeout):
    """Returns (finding or None, rc, last stderr line, seconds)."""
    t0 = time.time()
    try:
        p = subprocess.run([pyco, mode, path], capture_output=True, timeout=timeout * 4)
    except subprocess.TimeoutExpired:
        return "timeout", None, "", time.time() - t0
    dt = time.time() - t0
    err = p.stderr.decode("utf-8", "replace")
    last = err.strip().splitlines()[-1] if err.strip() else ""
    if p.returncode < 0:
        return "signal %d" % -p.returncode, p.returncode, last, dt
    if "panicked" in err or "internal error" in err:
        return "panic", p.returncode, last, dt
    if p.returncode not in (0, 1, 2):
        return "exit %d" % p.returncode, p.returncode, last, dt
    if dt > timeout:
        return "slow %.1fs" % dt, p.returncode, last, dt
    return None, p.returncode, last, dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyco", default=os.path.join(ROOT, "target", "release", "pyco"))
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--keep", default="/tmp/pyco-fuzz")
    ap.add_argument("--timeout", type=float, default=5)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    files = []
    if os.path.isdir(args.corpus):
        for d, _, names in os.walk(args.corpus):
            files += [os.path.join(d, n) for n in names if n.endswith(".py")]
    os.makedirs(args.keep, exist_ok=True)
    work = os.path.join(args.keep, "work.py")
    deadline = time.time() + args.seconds
    runs = findings = 0
    print("seed", seed, "corpus files", len(files))
    while time.time() < deadline:
        kind = rng.randrange(3) if files else 2
        if kind == 0:
            data = byte_mutation(rng, open(rng.choice(files), "rb").read())
        elif kind == 1:
            src = open(rng.choice(files), encoding="utf-8", errors="surrogateescape").read()
            data = token_mutation(rng, src)
        else:
            data = generated(rng)
        with open(work, "wb") as f:
            f.write(data)
        what, rc, last, dt = check(args.pyco, rng.choice(["dis", "run"]), work, args.timeout)
        runs += 1
        if what:
            findings += 1
            keep = os.path.join(args.keep, "finding_%d_%d.py" % (seed, findings))
            os.replace(work, keep)
            print("%s: %s (rc %s) %s" % (keep, what, rc, last[:120]), flush=True)
    print("%d runs, %d findings" % (runs, findings))


if __name__ == "__main__":
    main()
