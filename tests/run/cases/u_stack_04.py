# Infix to postfix (shunting-yard) and evaluation
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"unexpected character {ch!r}")
    if num:
        tokens.append(num)
    return tokens

def to_postfix(tokens):
    out, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return out

def evaluate(postfix):
    st = []
    for t in postfix:
        if t in PREC:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b if t == "/" else 0, "^": a ** b}[t] if t != "/" else a / b)
        else:
            st.append(float(t) if "." in t else int(t))
    return st[0]

for e in ["3 + 4 * 2", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "1.5 * (2 + 2)"]:
    pf = to_postfix(tokenize(e))
    print(f"{e:<15} => {' '.join(pf):<15} = {evaluate(pf)}")
try:
    tokenize("2 $ 3")
except SyntaxError as e:
    print("SyntaxError:", e)
print(evaluate(to_postfix(tokenize("1 / 0"))))
