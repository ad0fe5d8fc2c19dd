# Generates cases.txt: run with the CPython 3.10 oracle from this directory,
#   cpython310 gen_cases.py > cases.txt
# Each line: method TAB arguments... TAB "ok" TAB results... or "err" TAB Class TAB message.
# The first argument is the string itself. Fields escape "\" as "\\" and every control,
# line-break or tab character as \u{HEX}; "\N" stands for None. Results: str fields,
# True/False, integers (find's -1 included), one field per list or tuple item.
import random

rnd = random.Random(3100)

POOLS = [
    "abcxyzABCXYZ0189_-+.,;:'!?()[]{}",
    "ÀÁÂÃÄÅÆÇÈÉÑÖØÙÜÝÞßàáâäåæçèéñöøùüýþÿªºµ²³¹¼½¾×÷",
    "ΑΒΓΔΣσςαβγδωΩΆΈάέΐΰϐϑϒϕϖϰϱϵ",
    "АБВГДЕЁЖабвгдеёжЯяЇїҐґ",
    "中文字漢日本語한국어〇一二三",
    "\u0300\u0301\u0308\u0327\u0345\u0342\u20dd\u200d\u00ad",
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u180e",
    "ßİıŉǰﬁﬃﬅǅǈǋǲᾈᾳᾼῌῼẞΐ\u1e9e\u0130\u03a3\u1f88",
    "٣۴߀०੧௫๓²⁴₂½⅓ⅫⅯ〇㊀𝟘𝟙",
    "\U0001fae0\u0870\U0001e030\ua7c0\ua7c1\u2c2f\u2c5f\ua7d0\ua7d1\U0001f600\U00010400\U00010428\U0001e900\U0001e922",
    "\x00\x01\x7f\u0378\ue000\U000e0001\ufeff",
]


def rand_str(max_len=10):
    pools = rnd.sample(POOLS, rnd.randint(1, 3))
    alphabet = "".join(pools)
    return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, max_len)))


def rand_sub(s):
    if s and rnd.random() < 0.6:
        i = rnd.randrange(len(s))
        return s[i:i + rnd.randint(0, 3)]
    return rand_str(2)


def rand_index():
    return rnd.choice([None, None, 0, 1, 2, 3, 5, 8, 20, -1, -2, -4, -30])


def esc(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    out = []
    for ch in v:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif c < 0x20 or c == 0x7F or 0x80 <= c < 0xA0 or ch in "\u2028\u2029":
            out.append("\\u{%X}" % c)
        else:
            out.append(ch)
    return "".join(out)


def emit(method, s, *args):
    try:
        res = getattr(s, method)(*args)
        if not isinstance(res, (list, tuple)):
            res = [res]
        tail = ["ok"] + [esc(r) for r in res]
    except Exception as e:
        tail = ["err", type(e).__name__, esc(str(e))]
    print("\t".join([method, esc(s)] + [esc(a) for a in args] + tail))


UNARY = [
    "upper", "lower", "casefold", "swapcase", "title", "capitalize",
    "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
    "islower", "istitle", "isidentifier", "isprintable", "isascii",
]

FIXED = [
    "", "ß", "ΑΣ", "ΑΣ\u0345", "Σ", "ΑΣ.Β", "ΑΣΑ", "Α'Σ'", "ΑΣ'Α", "σΣς", "İ", "ǅǆǄ",
    "ﬁne ﬂow", "hello world", "Hello World", "HELLO", "ǅungla", "ᾈᾳ", "123", "١٢٣",
    "²", "½", "Ⅻ", "_a1", "1a", "a\u0300", "\u0300", "𝔘𝔫𝔦", "a b\tc\n", " ", "\x1c\x1f",
    "\x85\u2028", "\u200b", "\U0001fae0", "\ua7c0\ua7c1", "ŉ", "ǰ", "ΐ", "ﬃ", "ǈa",
    "aǈ", "A ǅ", "hello\u0345", "MÜNCHEN", "straße", "ǋb Ǉ", "ⅰⅱ", "ⅠⅡ", "ᾼ", "ῼa",
]


def unary_cases():
    for s in FIXED:
        for m in UNARY:
            emit(m, s)
    for _ in range(500):
        s = rand_str()
        for m in UNARY:
            emit(m, s)
    for _ in range(300):  # single characters, where the predicates are sharpest
        s = rnd.choice(rnd.choice(POOLS))
        for m in UNARY:
            emit(m, s)


def split_cases():
    fixed = [
        ("a,b,,c", ","), ("aaa", "aa"), ("", ","), ("", None), ("  a  b  ", None),
        ("a\x1cb\x85c\u3000d", None), ("abc", ""), ("x", "x"),
    ]
    for s, sep in fixed:
        for n in (-1, 0, 1, 2, 5):
            emit("split", s, sep, n)
            emit("rsplit", s, sep, n)
    for _ in range(800):
        s = rand_str(14)
        sep = rnd.choice([None, None, rand_sub(s), ",", " ", "aa"])
        n = rnd.choice([-1, -1, -5, 0, 1, 2, 3, 10])
        emit(rnd.choice(["split", "rsplit"]), s, sep, n)
    for s in ["a\r\nb\rc\n\nd", "\r", "\r\n", "a\n", "\n\n", "", "x\x0by\x0cz\x1dw\x85v\u2028u\u2029t\x1e", "\x1f"]:
        emit("splitlines", s, False)
        emit("splitlines", s, True)
    for _ in range(400):
        emit("splitlines", rand_str(14), rnd.random() < 0.5)
    for _ in range(400):
        s = rand_str(12)
        emit(rnd.choice(["partition", "rpartition"]), s, rnd.choice([rand_sub(s), ""]))


def search_cases():
    fixed = [("abc", ""), ("", ""), ("aaaa", "aa"), ("αβγαβγ", "βγ"), ("中文中文", "文")]
    for s, sub in fixed:
        for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
            for start, end in [(None, None), (1, None), (2, 2), (5, None), (-1, None), (0, -1), (3, 1), (-10, 10)]:
                emit(m, s, sub, start, end)
    for _ in range(1500):
        s = rand_str(12)
        m = rnd.choice(["find", "rfind", "index", "rindex", "count", "startswith", "endswith"])
        emit(m, s, rand_sub(s), rand_index(), rand_index())
    for s, old, new in [("abc", "", "-"), ("", "", "A"), ("aaa", "a", "bb"), ("aaaa", "aa", ""), ("αβα", "α", "ω")]:
        for n in (-1, 0, 1, 2, 5):
            emit("replace", s, old, new, n)
    for _ in range(600):
        s = rand_str(12)
        emit("replace", s, rand_sub(s), rand_str(3), rnd.choice([-1, -1, 0, 1, 2]))


def pad_cases():
    for s in ["", " a ", "xxaxx", "\u3000ab\x85", "\x1f a\u200b"]:
        emit("strip", s, None)
        emit("lstrip", s, None)
        emit("rstrip", s, None)
        emit("strip", s, "x ")
    for _ in range(600):
        s = rand_str(12)
        emit(rnd.choice(["strip", "lstrip", "rstrip"]), s, rnd.choice([None, None, rand_sub(s), rand_str(3), ""]))
    for s in ["", "a", "ab", "abc", "中文"]:
        for w in (-1, 0, 1, 2, 3, 4, 5, 6, 7):
            for f in (" ", "*", "é", "中"):
                for m in ("center", "ljust", "rjust"):
                    emit(m, s, w, f)
    for m in ("center", "ljust", "rjust"):
        for f in ("", "ab"):
            emit(m, "a", 5, f)
            emit(m, "abcdef", 3, f)
    for s in ["", "1", "-1", "+1", "--", "+", "-", "a-1", "-中", "١"]:
        for w in (-1, 0, 1, 2, 3, 5):
            emit("zfill", s, w)
    for s in ["a\tb", "\t", "ab\tc\td\n\te\r\tf", "中\t文", "\tx\x0b\ty", "\t\x85\t"]:
        for t in (-1, 0, 1, 2, 3, 4, 8):
            emit("expandtabs", s, t)
    for _ in range(300):
        emit("expandtabs", rand_str(10) + "\t" + rand_str(5), rnd.choice([0, 1, 3, 4, 8]))


unary_cases()
split_cases()
search_cases()
pad_cases()
