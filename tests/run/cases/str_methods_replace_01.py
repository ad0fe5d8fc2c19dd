s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"))
print("aaa".replace("a", "bb"), "abc".replace("x", "y"))
print("tab\tsep".expandtabs(), "a\tbc\td".expandtabs(4))
print("Hello".center(11, "*"), "Hello".ljust(8, "."), "Hello".rjust(8), "42".zfill(5), "-42".zfill(6))
