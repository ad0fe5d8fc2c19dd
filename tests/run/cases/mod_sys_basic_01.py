import sys
print(sys.argv, type(sys.argv).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.getrecursionlimit(), type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.byteorder in ("little", "big"), callable(sys.stdout.write), callable(sys.stdout.flush))
sys.stdout.write("written directly\n")
n = sys.stderr.write("to stderr\n")
print(n, isinstance(sys.path, list), sys.maxunicode)
