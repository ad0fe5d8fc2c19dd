"""A generator pipeline, tutorial style."""
import sys


def read_lines(path):
    with open(path) as fh:
        for line in fh:
            yield line.rstrip("\n")


def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line
        else:
            continue


def count(lines):
    n = 0
    for _ in lines:
        n += 1
    return n


if __name__ == "__main__":
    pat = sys.argv[1] if len(sys.argv) > 1 else "def"
    print(count(grep(pat, read_lines(__file__))))
