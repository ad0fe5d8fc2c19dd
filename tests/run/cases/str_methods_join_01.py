words = ["red", "green", "blue"]
print(", ".join(words), "".join(words), "-".join("abc"))
print(" | ".join(str(i) for i in range(5)))
print("\n".join(["first", "second"]))
print(",".join([]))
try:
    print("+".join([1, 2]))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
