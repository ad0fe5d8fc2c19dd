s = "héllo wörld"
t = "日本語"
u = "\N{GREEK SMALL LETTER ALPHA}"
