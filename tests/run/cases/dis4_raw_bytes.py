# Raw bytecode (bytes or bytearray): no line numbers, arguments shown as bare numbers.
import dis


def f(x):
    if x:
        return x.real
    return None


dis.dis(f.__code__.co_code)
print("---")
dis.dis(bytearray(b"d\x00S\x00"))
print("---")
dis.dis(b"")
print("---")
dis.dis(bytes([100, 1, 90, 0, 101, 0, 107, 2, 114, 0, 83, 0]))
