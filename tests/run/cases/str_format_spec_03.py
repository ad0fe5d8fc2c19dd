print(format("text", "s"), format("text", "^10"), format("text", ".2"), format("text", "x<8"))
print(format(True, ""), format(True, "d"), format(None, ""), format(3 + 4j, ".1f"))
print(format(0.1, ".20f"), format(1e100, ".3g"), format(123456789, ".3e"))
print(format(float("nan"), "f"), format(float("-inf"), "10f"), format(-0.0, ".1f"))
print(format(2 ** 100, ","), format(1.5, "=+010.2f"))
try:
    print(format("x", "d"))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
