s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.endswith("fox", 0, 19))
print("fox" in s, "cat" not in s)
try:
    print(s.index("cat"))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
