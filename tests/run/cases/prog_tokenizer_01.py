import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(expr):
    for number, op in TOKEN.findall(expr):
        if number:
            yield ("NUM", float(number))
        elif op.strip():
            yield ("OP", op)
def evaluate(expr):
    tokens = list(tokenize(expr))
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else (None, None)
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        kind, val = take()
        if kind == "NUM":
            return val
        if val == "(":
            v = expr_()
            take()
            return v
        if val == "-":
            return -atom()
        raise SyntaxError(f"unexpected {val!r}")
    def term():
        v = atom()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            v = v * atom() if op == "*" else v / atom()
        return v
    def expr_():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    return expr_()
for e in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * 3.5 - 1"]:
    print(e, "=", evaluate(e))
print(list(tokenize("12+x")))
evaluate("1 + * 2")
