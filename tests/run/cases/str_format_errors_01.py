# str.format's parse errors (CPython 3.10's messages).
for f in ["{", "a{", "{0", "{0:", "{:{", "{0!", "{0!r", "{!}", "x{}{", "{0:x", "{0[}", "{a.}", "{0]}", "}", "{{}", "{}}", "{0!x}", "{0!rr}", "{a{}", "{0:{1}}", "{0.real!r:>8}"]:
    try:
        print(repr(f.format(1, 2, a=3)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print("a"[0], "{}".format("x"))
try:
    "abc"[1.0]
except TypeError as e:
    print(e)
