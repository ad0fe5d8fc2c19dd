# What dis cannot disassemble: TypeError naming the type.
import dis

for obj in [1, 2.5, [1, 2], (1,), {"a": 1}, len, print, 3j, object()]:
    for func in (dis.dis, dis.get_instructions, dis.code_info, dis.Bytecode):
        try:
            result = func(obj)
        except TypeError as e:
            print(func.__name__, type(obj).__name__, "TypeError:", e)
        else:
            print(func.__name__, type(obj).__name__, "ok", type(result).__name__)
try:
    dis.dis(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.dis(len, depth=1)
except TypeError as e:
    print("TypeError:", e)
