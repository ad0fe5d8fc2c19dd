import sys

class Shell:
    def __init__(self):
        self.vars = {}

    def run(self, lines):
        for lineno, line in enumerate(lines, 1):
            cmd, *args = line.split()
            if cmd == "set":
                self.vars[args[0]] = int(args[1])
            elif cmd == "print":
                print(self.vars.get(args[0], "undefined"))
            elif cmd == "add":
                self.vars[args[0]] = self.vars[args[0]] + int(args[1])
            elif cmd == "quit":
                code = int(args[0]) if args else 0
                print(f"quitting with {code}")
                raise SystemExit(code)
            else:
                print(f"line {lineno}: unknown command {cmd}", file=sys.stderr)

try:
    Shell().run(["set x 1", "add x 41", "print x", "jump", "quit 3", "print x"])
except SystemExit as e:
    print("exit code would be", e.code)
    sys.stdout.flush()
    raise
