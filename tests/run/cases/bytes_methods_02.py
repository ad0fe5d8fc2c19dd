# bytes/bytearray methods beyond the basics: search bounds, splitting, padding, hex, translate.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b"hello".hex("-", 2)); t(lambda: b"hello".hex("-", -2)); t(lambda: b"x".hex("ab"))
t(lambda: b"  x ".strip(b" x")); t(lambda: b"a,b".split(b",", maxsplit=0)); t(lambda: b"a  b c ".rsplit(None, 1))
t(lambda: b"abc".find(98)); t(lambda: b"abc".find(300)); t(lambda: 300 in b"abc"); t(lambda: "a" in b"abc")
t(lambda: b"abc".find(b"", 3)); t(lambda: b"abc".find(b"", 4)); t(lambda: b"abcabc".count(b"bc", 2)); t(lambda: b"abc".index(b"z"))
t(lambda: b"a\tb".expandtabs()); t(lambda: b"ab\r\ncd\n".splitlines(True)); t(lambda: b"abc".rjust(5, b"-")); t(lambda: b"abc".center(6))
t(lambda: b"-5".zfill(4)); t(lambda: b"abc".partition(b"x")); t(lambda: b"abc".rpartition(b"x")); t(lambda: b"abc".center(5, "*"))
t(lambda: b"abc".startswith((b"x", b"a"))); t(lambda: b"abc".endswith(b"c", 0, 2)); t(lambda: b"abc".startswith("a"))
t(lambda: b"aaa".replace(b"", b"-")); t(lambda: b"aaa".replace(b"a", b"bb", 2)); t(lambda: b"abc".translate(None, b"b"))
t(lambda: bytes.maketrans(b"a", b"bc")); t(lambda: b"abc".removeprefix(b"a")); t(lambda: b"Ab Cd".istitle()); t(lambda: b"ab cd".title())
t(lambda: b"AbC".swapcase()); t(lambda: b"ab cd".capitalize()); t(lambda: b"".join([bytearray(b"a"), b"b"])); t(lambda: b"-".join([b"a", "b"]))
t(lambda: bytes.fromhex("a")); t(lambda: bytes.fromhex("zz")); t(lambda: bytearray.fromhex("61 62")); t(lambda: b"a" < "b")
t(lambda: bytes(-1)); t(lambda: bytes(1.5)); t(lambda: bytes([1, "a"])); t(lambda: bytearray([300])); t(lambda: bytes(encoding="ascii"))
t(lambda: b"%5d|%-3c|%s" % (42, b"z", bytearray(b"q"))); t(lambda: b"%(k)s" % {b"k": b"v"}); t(lambda: b"%s" % "x"); t(lambda: b"%b" % b"ok")
ba = bytearray(b"hello")
ba[1:4] = [65, 66]
print(ba)
ba[::2] = b"xyz"
print(ba)
del ba[::2]
print(ba)
t(lambda: ba.pop(10)); t(lambda: ba.extend(5)); t(lambda: ba.remove(200)); t(lambda: ba.__setitem__(0, 256))
ba *= 2
ba.extend([1, 2])
print(ba, ba.copy() == ba, bytes(ba) == ba, hash(b"") == 0)
t(lambda: hash(bytearray(b"a")))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(B(b"ab"), type(B(b"ab") + b"c").__name__, BA(b"x"), type(BA(b"x").upper()).__name__, type(B.fromhex("61")).__name__)
class WithBytes:
    def __bytes__(self):
        return b"wb"
print(bytes(WithBytes()), b"%s" % WithBytes())
t(lambda: bytearray(WithBytes()))
