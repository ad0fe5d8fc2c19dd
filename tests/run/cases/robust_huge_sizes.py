# Sizes past the largest object the (32-bit) reference build can make are MemoryError,
# never an attempt to allocate them.
import io

def show(src):
    try:
        r = eval(src)
        print(src, '->', len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(src, '->', type(e).__name__, e)

for src in [
    "'a' * (2**31 - 1)", "'ab' * 2**30", "b'a' * (2**31 - 1)", "bytearray(b'a') * (2**31 - 1)",
    "[0] * 2**29", "[0, 0] * 2**30", "(0,) * 2**29", "[] * 2**30", "() * (2**31 - 1)",
    "'' * (2**31 - 1)", "[0] * 0", "bytearray(2**31 - 1)", "bytes(2**31 - 1)",
    "'x'.center(2**31 - 1)", "'x'.ljust(2**31 - 1, '-')", "'x'.zfill(2**31 - 1)",
    "b'x'.center(2**31 - 1)", "b'x'.rjust(2**31 - 1)", "bytearray(b'a b').zfill(2**31 - 1)",
    "'\\t'.expandtabs(2**31 - 1)", "b'\\t'.expandtabs(2**31 - 1)",
    "'%*d' % (2**31 - 1, 1)", "format(1, '2147483647')", "'{:>2147483647}'.format(1)",
    "format(1.5, '2147483647')", "format(1j, '2147483647')", "format('s', '2147483647')",
    "(5).to_bytes(2**31 - 1, 'big')", "list(range(2**31 - 1))", "list(range(10**20))",
    "tuple(range(2**40))",
]:
    show(src)

b = bytearray(b'ab')
try:
    b *= 2**31 - 1
except MemoryError:
    print('bytearray *=', len(b))
l = [1, 2]
try:
    l *= 2**30
except MemoryError:
    print('list *=', len(l))

for cls, data, positions in [
    (io.StringIO, 'y', [2**31 - 1, 2**30, 2**20]),
    (io.BytesIO, b'y', [2**31 - 1, 2**20]),
]:
    for pos in positions:
        s = cls()
        try:
            s.seek(pos)
            s.write(data)
            print(cls.__name__, s.tell())
        except (OverflowError, MemoryError) as e:
            print(cls.__name__, type(e).__name__, e)
