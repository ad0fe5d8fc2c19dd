a = "spam"
print(a + "eggs", a * 3, 3 * a, a * 0, a * -1)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "abc" == "abc")
print(min("hello"), max("hello"), sorted("banana"))
print(ord("A"), chr(97), ord("€"), chr(0x1F600) == "\U0001F600")
print(list("hi"), tuple("ok"), "".join(reversed("stressed")))
s = "x"
s += "y"
print(s, len("日本語"), "日本語"[1])
