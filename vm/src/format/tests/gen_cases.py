# Generates cases.txt: run with the CPython 3.10 oracle, e.g.
#   cpython310 gen_cases.py > cases.txt
# Each line: kind TAB value TAB spec TAB result, where kind is i (int), f (float), s (str),
# or pi/pf/ps/pc (a %-format string applied to an int, float, str, or 1-char str), and
# result is "ok<TAB>text" or "err<TAB>Class<TAB>message". Fields escape \\, \t, \n.
import random

rnd = random.Random(310)


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def platform_dependent(kind, value, spec):
    """Cases where the 32-bit oracle differs from a 64-bit CPython: C long and Py_ssize_t
    limits (2**31 here), and a 2 GB result that fails only here."""
    if kind == "i" and spec.endswith("c") and 2**31 <= abs(int(value)) < 2**63:
        return True
    nums = "".join(ch if ch.isdigit() else " " for ch in spec).split()
    return kind[0] != "p" and any(2**31 - 1 <= int(n) < 2**63 for n in nums)


def emit(kind, value, spec, fn):
    if platform_dependent(kind, value, spec):
        return
    try:
        res = "ok\t" + esc(fn())
    except Exception as e:
        res = "err\t%s\t%s" % (type(e).__name__, esc(str(e)))
    print("%s\t%s\t%s\t%s" % (kind, esc(value), esc(spec), res))


FILLS = ["", "", "", "*", "0", " ", "é", "<", "="]
ALIGNS = ["", "", "<", ">", "^", "="]
SIGNS = ["", "", "+", "-", " "]


def rand_spec(types):
    fill = rnd.choice(FILLS)
    align = rnd.choice(ALIGNS)
    if not align:
        fill = ""
    s = fill + align + rnd.choice(SIGNS)
    if rnd.random() < 0.2:
        s += "#"
    if rnd.random() < 0.25:
        s += "0"
    if rnd.random() < 0.5:
        s += str(rnd.choice([1, 3, 5, 8, 10, 12, 15, 20]))
    r = rnd.random()
    if r < 0.15:
        s += ","
    elif r < 0.25:
        s += "_"
    if rnd.random() < 0.4:
        s += "." + str(rnd.choice([0, 1, 2, 3, 5, 6, 10, 17, 20]))
    return s + rnd.choice(types)


INT_VALUES = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234567, -1234567, 2**31, 2**63 - 1,
              -(2**64), 10**20, 3**100, -(7**80), 65, 0x10FFFF, 0x110000, 10**400, 0xd7ff]
INT_TYPES = list("bcdoxXneEfFgG%") + ["", "s", "z", "é"]
for v in INT_VALUES:
    for _ in range(45):
        spec = rand_spec(INT_TYPES)
        emit("i", str(v), spec, lambda: format(v, spec))

FLOAT_VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1.25, 9.995, 1e22, 1e16, 1e15,
                123456.789, -0.000123456, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308,
                float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.675, 0.125,
                1e100, 123456789012345678.0, 0.3, 99.99, 999999.5, 0.05]
FLOAT_TYPES = list("eEfFgGn%") + ["", "", "d", "s", "x"]
for v in FLOAT_VALUES:
    for _ in range(60):
        spec = rand_spec(FLOAT_TYPES)
        emit("f", repr(v), spec, lambda: format(v, spec))

# Rounding edge cases: fixed precisions over many values.
for _ in range(600):
    v = rnd.choice([rnd.uniform(-10, 10), rnd.uniform(-1e6, 1e6), rnd.random() * 10 ** rnd.randint(-30, 30),
                    round(rnd.uniform(0, 100), rnd.randint(0, 4)), rnd.randint(0, 999) / 8])
    spec = "." + str(rnd.randint(0, 20)) + rnd.choice(["f", "e", "g", "", "%", "G", "E"])
    emit("f", repr(v), spec, lambda: format(v, spec))

STR_VALUES = ["", "a", "hello", "héllo wörld", "日本語", "tab\there"]
STR_TYPES = ["", "", "s", "d", "x"]
for v in STR_VALUES:
    for _ in range(40):
        spec = rand_spec(STR_TYPES)
        emit("s", v, spec, lambda: format(v, spec))

# Hand-picked specs: parse errors, limits and the examples of the docs.
FIXED = [
    ("i", 1234, ["", ",", "_", "_b", "_x", "_o", ",x", ",b", ",c", ",n", "_n", ",_", "_,", ",,", "__",
                 "08,", "06,", "05,", "04,", "09_x", "#010x", "#X", "#o", "#b", "#d", "#n", "=10",
                 "0=10", "x=+10,", "^^10", ".", ".x", "10.", "1.1d", "99999999999999999999",
                 "9223372036854775808", "9223372036854775807.", ".99999999999999999999", "٣",
                 "٣.٢f", "xx", "<<<", "++", "#c", "+c", "c", ".2c", " c", "z", "zd", "%", ".0%",
                 "\x7f", "\x01", "\u1234", " ", "-", "+", "#", "0", "00", "000", "010", "10,.2f",
                 "<010", ">010", "^010", "*^11,", "0>8,", "0<8,"]),
    ("i", -1234, ["08,", "+08,", " 08_", "#08x", "#08_x", "=8", "08.3%", "c"]),
    ("i", 0, ["08,", "09_b", "#b", "c", ",", "%", ".3e", "g", "n"]),
    
    ("f", 1e16, ["", ".3", ".16", ".17", "#", "#.0", ",", "g", ".0", "#.0e", "#.0f", "#g", "#.3g"]),
    ("f", 1.0, ["", ".0", ".1", "#", "#.0", "g", "#g", "%", ".0%", "#.0%", "n", ",.2f", "010,"]),
    ("f", 0.1, [".3", ".1", ".0", ".60f", ".60e", ".60g", ".30", ".100f", ".2147483647f",
                ".2147483648f", ".99999999999999999999f", "c", "b"]),
    ("f", 1e300, [",f", "_f", ",.0f", "0100,.1f"]),
    ("f", 0.5, [".0f", ".0e", ".0g", "#.0f"]), ("f", 2.5, [".0f"]), ("f", 1.25, [".1f"]),
    ("f", 9.995, [".2f"]), ("f", 1e22, [".3e", ".22g", ".23g", "f"]),
    ("f", float("inf"), ["010", "=+10", "010,.2f", "E", "F", "G", "%", " f"]),
    ("f", float("nan"), ["+", "+010", "-^9", "E"]),
    ("f", -0.0, ["", "+", "f", "e", "g", "%", " .0f"]),
    ("s", "abc", [",", "_", "+", " ", "#", "=5", "0=5", "05", "010s", ".1", ".0", "^7.2", ".", "ss", "c",
                  "é^9", "*<", ">", "\x80"]),
]
for kind, v, specs in FIXED:
    for spec in specs:
        emit(kind, repr(v) if kind == "f" else str(v), spec, lambda: format(v, spec))

# printf-style conversions.
PFLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+#"]
PWIDTH = ["", "1", "5", "10"]
PPREC = ["", ".", ".0", ".3", ".10"]
for v in [0, 5, -5, 255, -255, 123456789, 2**70, -(2**70)]:
    for c in "diuoxX":
        for _ in range(6):
            fmt = "%" + rnd.choice(PFLAGS) + rnd.choice(PWIDTH) + rnd.choice(PPREC) + c
            emit("pi", str(v), fmt, lambda: fmt % v)
for v in [0.0, -0.0, 1.5, -2.5, 0.1, 1e16, 1e-5, 123456.789, float("inf"), float("-inf"), float("nan")]:
    for c in "eEfFgG":
        for _ in range(6):
            fmt = "%" + rnd.choice(PFLAGS) + rnd.choice(PWIDTH) + rnd.choice(PPREC) + c
            emit("pf", repr(v), fmt, lambda: fmt % v)
for v in ["", "abc", "héllo"]:
    for c in "sra":
        for _ in range(6):
            fmt = "%" + rnd.choice(PFLAGS) + rnd.choice(PWIDTH) + rnd.choice(PPREC) + c
            # The value given to pyco is the text str()/repr()/ascii() already made.
            text = {"s": str, "r": repr, "a": ascii}[c](v)
            emit("ps", text, fmt, lambda: fmt % (v,))
for v in [65, 0x10FFFF, 0x110000, -1, 233]:
    for fmt in ["%c", "%5c", "%-5c", "%05c", "%.0c", "%+c"]:
        emit("pi", str(v), fmt, lambda: fmt % v)
for v in ["x", "é"]:
    for fmt in ["%c", "%3c", "%-3c"]:
        emit("pc", v, fmt, lambda: fmt % v)
for fmt in ["%%", "%5%", "%-5%", "%q", "%5", "%.5", "%10.10.10d", "%ld", "%hd", "%Ld", "%99999999999999999999d",
            "%.99999999999999999999d", "%.2147483648d", "%\u00e9"]:
    emit("pi", "7", fmt, lambda: fmt % 7)

# int -> float conversion: rounding of big ints (half to even) and the overflow bound.
BIG = [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 + 2**11, 2**64 + 2**11 + 1, 3 * 2**63 + 2**10,
       2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024, -(2**1023), (2**53 + 1) * 2**900,
       (2**53 + 1) * 2**900 + 1, 10**308, 10**309]
for v in BIG:
    for spec in [".17g", ".20e", "e", "%", ".0f"]:
        emit("i", str(v), spec, lambda: format(v, spec))
for _ in range(300):
    v = rnd.getrandbits(rnd.randint(54, 300)) * rnd.choice([1, -1])
    emit("i", str(v), ".17e", lambda: format(v, ".17e"))

# Exact ties (dyadic values) at the rounding digit, and long expansions.
for _ in range(500):
    v = rnd.randint(1, 10**6) / 2 ** rnd.randint(1, 12)
    p = rnd.randint(0, 8)
    spec = "." + str(p) + rnd.choice("feg%")
    emit("f", repr(v), spec, lambda: format(v, spec))
for _ in range(150):
    v = rnd.random() * 10 ** rnd.randint(-320, 308)
    spec = "." + str(rnd.choice([30, 60, 100, 340])) + rnd.choice("feg")
    emit("f", repr(v), spec, lambda: format(v, spec))
for _ in range(200):
    v = rnd.random() * 10 ** rnd.randint(-20, 20)
    spec = rnd.choice(["", "#", "+", ",", "_", "10", "#.3", ".1", ".5", ".16", ".17"])
    emit("f", repr(v), spec, lambda: format(v, spec))
