import sys
print("about to exit with None")
try:
    sys.exit()
except SystemExit as e:
    print(repr(e.code), e.args)
try:
    exit(5)
except SystemExit as e:
    print("builtin exit:", e.code)
try:
    quit("bye")
except SystemExit as e:
    print("builtin quit:", e.code)
print(sys.argv[0].endswith("u_exit_05.py"), type(sys.argv).__name__)
sys.exit(["list", "code"])
