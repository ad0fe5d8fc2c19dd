# Generator-based state machine & lazy file-like reader
def tokenizer(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            yield ("NAME", text[i:j])
            i = j
        elif ch in "+-*/()=":
            yield ("OP", ch)
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")

for tok in tokenizer("x_1 = (42 + y) * 7"):
    print(tok)

def traffic_light():
    states = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    while True:
        for s in states:
            for t in range(durations[s]):
                yield s, t

tl = traffic_light()
print([next(tl) for _ in range(8)])
gen = tokenizer("a ? b")
print(next(gen))
print(gen.gi_running, gen.gi_frame is not None)
print(list(gen))
