import sys

def main(argv):
    if len(argv) < 3:
        print("usage: prog NAME COUNT", file=sys.stderr)
        return 2
    return 0

print("starting")
sys.exit(main(["prog"]))
