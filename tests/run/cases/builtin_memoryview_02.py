# memoryview over bytes and bytearray: sub-views, assignment, release.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
t(lambda: m[1:5:2].tobytes()); t(lambda: m[::-1].tolist()); t(lambda: m[-1]); t(lambda: m[10]); t(lambda: m["a"])
t(lambda: len(m[2:])); t(lambda: m == b"abcdef"); t(lambda: b"abcdef" == m); t(lambda: (m.readonly, m.nbytes, m.format, m.itemsize, m.shape))
t(lambda: m.hex(":")); t(lambda: bytes(m[1:3])); t(lambda: bytearray(m)); t(lambda: list(m)[:2]); t(lambda: b"".join([memoryview(b"a"), b"b"]))

def write_readonly():
    m[0] = 1
t(write_readonly)
ba = bytearray(b"hello")
v = memoryview(ba)
def write():
    v[0] = 74
    v[1:3] = b"EL"
    return ba
t(write)
def too_big():
    v[0] = 300
t(too_big)
def wrong_size():
    v[0:2] = b"x"
t(wrong_size)
t(lambda: v.obj is ba); t(lambda: memoryview(5))
def released():
    with memoryview(b"xy") as q:
        pass
    return q.tobytes()
t(released)
t(lambda: hash(memoryview(b"ab")) == hash(b"ab")); t(lambda: hash(v))
