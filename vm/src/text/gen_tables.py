# Generates tables.rs: run with the CPython 3.10 oracle from this directory,
#   cpython310 gen_tables.py > tables.rs
# Every property is read back from str methods on one- to four-character strings, so the
# tables hold exactly what CPython 3.10.2 (Unicode 13.0.0) does, flags CPython does not
# expose directly (cased, case-ignorable) included.

MAX = 0x110000


def chars():
    for c in range(MAX):
        if not 0xD800 <= c < 0xE000:
            yield c, chr(c)


def ranges(pred):
    out, start, prev = [], None, None
    for c, ch in chars():
        if pred(ch):
            if start is not None and c == prev + 1:
                prev = c
                continue
            if start is not None:
                out.append((start, prev))
            start = prev = c
    if start is not None:
        out.append((start, prev))
    return out


def is_cased(ch):
    # title() lowers a character that follows a cased one.
    return (ch + "A").title().endswith("a")


def is_case_ignorable(ch):
    # The final-sigma rule skips case-ignorable characters on both sides of the sigma.
    if is_cased(ch):
        return (ch + "\u03a3").lower().endswith("\u03c3")
    return ("A\u03a3" + ch + "B").lower()[1] == "\u03c3"


FLAGS = [
    ("SPACE", str.isspace),
    ("ALPHA", str.isalpha),
    ("DECIMAL", str.isdecimal),
    ("DIGIT", str.isdigit),
    ("NUMERIC", str.isnumeric),
    ("UPPER", str.isupper),
    ("LOWER", str.islower),
    # istitle() of one character: upper or titlecase; minus UPPER it is titlecase.
    ("TITLE", lambda ch: ch.istitle() and not ch.isupper()),
    ("CASED", is_cased),
    ("CASE_IGNORABLE", is_case_ignorable),
    ("XID_START", lambda ch: ch.isidentifier() and ch != "_"),
    ("XID_CONTINUE", lambda ch: ("a" + ch).isidentifier()),
]


def mapping(fn, base=None):
    """(runs, specials) for the characters where fn differs from base (identity if None).
    A run (lo, hi, stride, delta) maps lo, lo+stride, ..., hi to c + delta."""
    singles, specials = [], []
    for c, ch in chars():
        m = fn(ch)
        if m == (base(ch) if base else ch):
            continue
        if len(m) == 1:
            singles.append((c, ord(m) - c))
        else:
            specials.append((c, m))
    runs = []
    for c, d in singles:
        if runs:
            lo, hi, stride, delta = runs[-1]
            step = c - hi
            if delta == d and step <= 2 and (lo == hi or step == stride):
                runs[-1] = (lo, c, step, d)
                continue
        runs.append((c, c, 1, d))
    return runs, specials


def rust_str(s):
    return '"' + "".join("\\u{%X}" % ord(ch) for ch in s) + '"'


def emit_ranges(name, rs):
    print("#[rustfmt::skip]")
    print("pub(super) const %s: &[(u32, u32)] = &[" % name)
    items = ["(0x%X, 0x%X)" % r for r in rs]
    for i in range(0, len(items), 5):
        print("    " + ", ".join(items[i:i + 5]) + ",")
    print("];")
    print()


def emit_map(name, doc, fn, base=None):
    runs, specials = mapping(fn, base)
    print("/// %s" % doc)
    print("#[rustfmt::skip]")
    print("pub(super) const %s: CaseMap = CaseMap {" % name)
    print("    runs: &[")
    items = ["(0x%X, 0x%X, %d, %d)" % r for r in runs]
    for i in range(0, len(items), 4):
        print("        " + ", ".join(items[i:i + 4]) + ",")
    print("    ],")
    print("    specials: &[")
    items = ["(0x%X, %s)" % (c, rust_str(m)) for c, m in specials]
    for i in range(0, len(items), 3):
        print("        " + ", ".join(items[i:i + 3]) + ",")
    print("    ],")
    print("};")
    print()


print("//! Character properties and case mappings of CPython 3.10.2 (Unicode 13.0.0), generated")
print("//! by `gen_tables.py` in the oracle; do not edit. Ranges are inclusive and sorted.")
print()
print("use super::unicode::CaseMap;")
print()
for name, pred in FLAGS:
    emit_ranges(name, ranges(pred))
emit_map("LOWER_MAP", "`str.lower()` of one character (a lone capital sigma gives U+03C3).", str.lower)
emit_map("UPPER_MAP", "`str.upper()` of one character.", str.upper)
emit_map("TITLE_MAP", "Titlecase where it differs from `UPPER_MAP`.", str.title, str.upper)
emit_map("FOLD_MAP", "`str.casefold()` where it differs from `LOWER_MAP`.", str.casefold, str.lower)
