import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple", e.code)
def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally before exit")
cleanup()
