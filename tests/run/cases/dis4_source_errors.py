# A source string that compiles in neither mode raises SyntaxError (the exec attempt's).
import dis

for src in ["1 +", "def f(:\n    pass", "return 5", "x = (1,"]:
    try:
        dis.dis(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
    else:
        print("compiled:", repr(src))
