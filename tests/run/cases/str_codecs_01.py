# str.encode / bytes.decode: codecs, error handlers, and the Unicode error attributes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "naïve €"
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-be", "utf-32-le", "UTF_8", "latin1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        t(lambda: s.encode(enc, errors))
t(lambda: s.encode("no-such-codec")); t(lambda: "é".encode("ascii", "bad")); t(lambda: "abc".encode(errors="bad"))
data = b"ok \xe9\x80 \xff end \xf0\x9f"
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    t(lambda: data.decode("utf-8", errors))
t(lambda: b"\x80abc".decode("ascii")); t(lambda: b"\xff\xfe x\x00".decode("utf-16")); t(lambda: b"\xfe\xff\x00x".decode("utf-16"))
t(lambda: b"x\x00\x00".decode("utf-16-le")); t(lambda: str(b"\xff", "utf-8", "replace")); t(lambda: str(b"\xff", errors="ignore"))
t(lambda: bytes("abc", "utf-8", "strict")); t(lambda: bytearray("é", "latin-1")); t(lambda: bytes("abc"))
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    "a€€b".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object, e)
