s = "naïve façade — 日本 😀"
print(len(s), s.upper(), s[::-1])
print([ord(c) for c in "é日😀"], "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(s.encode("utf-8")[:12], len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print("straße".casefold() == "STRASSE".casefold(), "İ".lower(), len("İ".lower()))
print(sorted(["é", "e", "f", "z", "E"]), "🐍".isalpha(), "٣".isdigit())
