"""Regenerates oracle_cases.rs: what CPython 3.10 folds each expression to.

Run from a scratch directory (the oracle only reads files under the current directory):
    cp gen_oracle_cases.py /tmp/x/ && cd /tmp/x && cpython310 gen_oracle_cases.py > oracle_cases.rs
An expression "folds" when its eval-mode code is exactly LOAD_CONST, RETURN_VALUE.
"""
import dis
import struct

BIG400 = "1" + "0" * 400
BIG300 = "1" + "0" * 300
BIG700 = "7" + "0" * 700
BIG50 = "1" + "0" * 50
U64 = str(2**64 - 1)
U64P1 = str(2**64)

SOURCES = [
    # unary
    "-5", "+5", "~5", "~-1", "--5", "-(-5)", "not 0", "not 1", "not not 1", "not ''",
    "not 'a'", "not ()", "not (1,)", "not None", "not ...", "not 0.0", "not 0j", "not 1j",
    "not b''", "-True", "+True", "~True", "~False", "-0.0", "+0.0", "-1j", "+1j", "-(1+2j)",
    "~1.5", "~1j", "-'a'", "-(1,)", "+None", "-" + BIG400, "~" + BIG50,
    # int arithmetic
    "1+2", "2-5", "3*4", "7//2", "-7//2", "7//-2", "-7//-2", "7%3", "-7%3", "7%-3", "-7%-3",
    "1/0", "1//0", "1%0", "7/2", "1/3", "-1/3", "10**20/3", "6/3", "0/5", "0/-5",
    "(2**53+1)/1", BIG50 + "/7", "1/" + BIG400, "-1/" + BIG400, BIG400 + "/3",
    BIG400 + "/" + BIG400, "9" * 30 + "/" + "7" * 25, "3/" + BIG50,
    "2**10", "2**-1", "(-2)**-1", "0**-1", "0**0", "2**0", "2**64", "2**65", "3**80",
    "1**128", "1**129", "1**1000", "(-1)**128", "(-1)**129", "0**1000", "0**" + BIG50,
    "10**32", "10**33", "(-2)**3", "(-2)**64", "(-2)**127", "7**2**2", "2**-1074",
    "2**-1080", "10**-400", BIG400 + "**-1", "2**" + U64P1, "(-3)**-3",
    "1<<127", "1<<128", "2<<126", "3<<127", "1<<-1", "0<<-1", "0<<1000", "5<<0",
    "0<<" + U64P1, "-1<<100", "1>>1", "-1>>1", "-5>>1", "5>>100", "-5>>100", "1>>-1",
    "5>>" + U64P1, "-5>>" + U64P1, "1180591620717411303424>>3", "-" + BIG50 + ">>7",
    U64 + "*" + U64, U64P1 + "*" + U64, "0*" + BIG400, BIG400 + "*0", BIG50 + "*1",
    "5&3", "5|3", "5^3", "-5&3", "-5|3", "-5^3", "-5&-3", BIG50 + "&-" + BIG50,
    "True&True", "True|False", "True^True", "True&1", "False|2", "1.0&1", "1&1.0",
    "True+True", "True*3", "True/2", "True-1.5", "True**2", "True<<2", "True//True",
    "1@2",
    # floats
    "1.5+2", "0.1+0.2", "1e308*10", "1e308+1e308", "1.0/0", "1.0//0", "1.0%0",
    "7.5//2", "-7.5//2", "7.5//-2", "7.5%2", "-7.5%2", "7.5%-2", "-7.5%-2", "-0.0%5",
    "0.0%-5", "5%0.0", "-1.0//3", "1e300*1e300", "2.0**0.5", "(-8.0)**(1/3)",
    "10.0**400", "(-2.0)**3", "(-2.0)**2", "0.0**-1", "0.0**0", "2.0**-1080",
    "(-0.0)**3", "(-0.0)**2", "(-0.0)**-1", "1e400**2", "1e400**-2", "(-1e400)**3",
    "(-1e400)**2", "(-1e400)**-3", "1e400-1e400", "(1e400-1e400)**0",
    "(1e400-1e400)**2", "1**(1e400-1e400)", "1e400*0", "2**1e400", "0.5**1e400",
    "(-1.0)**1e400", "2**-1e400", "(-2.0)**0.5", "(-1)**0.5", "4**0.5", "8**(1/3)",
    "1e308//1e-308", "0.5//0.1", "-0.5//0.1", "1.0%0.1", "-1.0%0.1", "3%0.0",
    "1e-320/10", "5e-324/2", "1.5*" + BIG300, BIG400 + "*1.0", BIG400 + "+0.5",
    BIG300 + "/1.0", "1.0/" + BIG400, "1.0-" + BIG300, "0.1*3", "1/3*3", "2**0.5**2",
    BIG700 + "*1.0", "-" + BIG700 + "*1.0", BIG700 + "/" + BIG700, "1/" + BIG700,
    BIG700 + "/" + BIG300, BIG300 + "/" + BIG700, BIG700 + "*0.0", "1j*" + BIG700,
    "1e16+1", "1e22*10", "-(1e400)", "0.0/-1", "-0.0+0.0", "-0.0-0.0", "0.0*-1",
    # complex
    "1j*1j", "(1+2j)*(3-4j)", "(1+2j)/(3-4j)", "1j/0", "1j/0j", "1/1j", "1j**2",
    "(1+1j)**0.5", "0j**-1", "0j**0", "0j**1j", "0j**2", "2**1j", "1j//1", "1j%1",
    "(1+2j)**3", "(1+2j)**-2", "(1+2j)**101", "(1+2j)**100", "(1+2j)**-101",
    "(1.5+2j)**2.5", "1e300j*1e300j", "1j+1e400", "1j*" + BIG400, "(1+2j)-(3+4j)",
    "1j**1e400", "(10+10j)**400", "(1e200+1e200j)**2", "(1e200j)/(1e-200j)",
    "(1+1j)/(1e-320+0j)", "1j**-1", "(0.5+0.5j)**-3", "2**(1+1j)", "2.5**(1+1j)",
    "(-1)**(1/2)", "True+1j", "1j-True", "1j**True",
    # str and bytes
    "'a'+'b'", "'ab'*3", "3*'ab'", "'a'*4096", "'a'*4097", "'ab'*2048", "'ab'*2049",
    "'a'*-1", "''*-1", "''*" + BIG50, "'a'*True", "False*'a'", "'\u00e9'*4096",
    "'\u00e9'*4097", "'%s' % 1", "'%s' % (1,)", "b'%s' % (1,)", "b'a'+b'b'",
    "b'ab'*3", "b'x'*4096", "b'x'*4097", "'a'+b'b'", "'a'+1", "'a'-1", "'a'*1.0",
    "'a'*'b'", "'a'*0", "0*'a'", "'ab'*" + BIG50, "'\u20ac'+'\\x00'", "'a\\nb'*2",
    "'abc'[1]", "'abc'[-1]", "'abc'[-3]", "'abc'[-4]", "'abc'[3]", "'abc'[True]",
    "'abc'[1.0]", "b'abc'[0]", "b'abc'[-1]", "b'abc'[5]", "'abc'[1:]", "'abc'[::2]",
    "'\u00e9\u20acx'[1]", "''[0]", "'abc'[" + BIG50 + "]", "'abc'['a']", "1[0]",
    "'abc'[1+1]", "('a' + 'bc')[-1]", "'abc'[(1,)]", "'a' < 'b'",
    # tuples
    "(1,2)+(3,)", "(1,2)*3", "(1,)*256", "(1,)*257", "(1,2)*128", "(1,2)*129",
    "((1,2,3,4),)*204", "((1,2,3,4),)*205", "(1,)*-1", "()*-1", "()*5", "()*" + BIG50,
    "(1,)*0", "2*(1,)", "(1,)*True", "((),)*1023", "((),)*1024", "((1,),)*512",
    "((1,),)*513", "(((1,2),(3,4)),)*100", "(1, 2)", "((1,), ())", "(1, (2, (3,)))",
    "(1, -2, 'a'+'b')", "(1, x)", "(1,2)[1]", "(1,2,3)[-1]", "(1,2,3)[-4]",
    "((1,2),3)[0]", "(1,2)[x]", "(1,2)+[3]", "(1,2)*(1,)", "(1,)+()", "~(1,)",
    "((1,2)+(3,))[2]", "(1, 2)[0:1]", "(1, 2/0)", "(1, [2])",
    # names
    "__debug__", "not __debug__", "-__debug__", "(__debug__, 1)", "x", "-x", "x+1",
    "None+1", "...+1", "not ...", "[1, 2]", "{1: 2}[1]", "{1, 2}",
]


def canon(v):
    if v is None:
        return "None"
    if v is ...:
        return "..."
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, int):
        return "i" + str(v)
    if isinstance(v, float):
        return "f" + fbits(v)
    if isinstance(v, complex):
        return "c" + fbits(v.real) + "," + fbits(v.imag)
    if isinstance(v, str):
        return "s" + v
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, tuple):
        return "(" + " ".join(canon(x) for x in v) + ")"
    return "?" + type(v).__name__


def fbits(f):
    if f != f:
        return "nan"
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def rust_str(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return '"' + "".join(out) + '"'


def folded(src):
    code = compile(src, "x", "eval")
    ins = list(dis.get_instructions(code))
    if [i.opname for i in ins] == ["LOAD_CONST", "RETURN_VALUE"]:
        return canon(ins[0].argval), repr(ins[0].argval)
    return "NOFOLD", ""


print("// @generated by gen_oracle_cases.py from CPython 3.10.2: do not edit by hand.")
print("// (source, folded constant in the `canon` notation of tests/mod.rs, or NOFOLD)")
print("pub const CASES: &[(&str, &str)] = &[")
for src in SOURCES:
    want, shown = folded(src)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    comment = ("  // " + shown.replace("\n", "\\n")) if shown else ""
    print("    (%s, %s),%s" % (rust_str(src), rust_str(want), comment))
print("];")
