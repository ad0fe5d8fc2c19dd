class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s


for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "())"]:
    print(repr(e), balanced(e))


def rpn(tokens):
    s = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for t in tokens.split():
        if t in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[t](a, b))
        else:
            s.push(float(t))
    return s.pop()


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("1 2 /"))
st = Stack()
st.push(1)
print(st, len(st), st.peek())
st.pop()
print(st.peek() if st else "empty")
print(rpn("1 +"))
