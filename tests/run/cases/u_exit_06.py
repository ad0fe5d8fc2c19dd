import sys

def cleanup():
    print("cleanup in finally")

def main():
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("interrupted, exiting 130")
        sys.exit(130)
    finally:
        cleanup()

try:
    main()
except BaseException as e:
    print(type(e).__name__, e.code, isinstance(e, Exception))
print(sys.stderr is not None, sys.version_info[:2] >= (3, 10))
sys.stderr.write("error message on stderr\n")
sys.exit(1)
