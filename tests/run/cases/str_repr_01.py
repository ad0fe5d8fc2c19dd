vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x07\x7f", "é", "\u200b", "\U0001F600", "\ud7ff"]
for v in vals:
    print(repr(v))
print(str(["a", 'b"', "c'"]))
print(ascii("café ☕"), ascii("plain"))
