# PEP 3131 identifiers: XID_Start then XID_Continue characters (including Other_ID_Start
# ones such as U+2118 and Other_ID_Continue ones such as U+00B7); others are invalid.
samples = ["\u2118 = 1", "x\u00b7y = 2", "\u212e = 3", "a\u0387b = 4", "\u309b = 5",
           "x = \u20ac", "\u00b7x = 6", "x\u2118 = 7", "\u1369 = 8", "e\u0301 = 9"]
for src in samples:
    ns = {}
    try:
        exec(src, ns)
        print(ascii(src), "ok", sorted(ascii(k) for k in ns if k != "__builtins__"))
    except SyntaxError as e:
        print(ascii(src), "SyntaxError:", ascii(e.msg))
print("\u2118".isidentifier(), "x\u00b7y".isidentifier(), "\u00b7x".isidentifier())
