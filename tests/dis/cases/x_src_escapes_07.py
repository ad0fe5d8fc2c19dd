a = b"\777" if False else b"\377"
b = "\777"
c = "\d\w"
d = b"\d"
e = r"\""
f = "tab\there"
g = "\
continued"
h = b"\
continued"
i = '''a\
b'''
j = "\x41\u0042\U00000043\N{LATIN CAPITAL LETTER D}"
k = u"unicode prefix"
l = "\08"
m = "\1\12\123\1234"
