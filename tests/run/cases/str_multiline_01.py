text = """first line
    indented line
last line"""
print(text)
print(len(text.splitlines()))
print('''a 'single' and "double"''')
print("implicit " "concat" 'enation')
print(r"raw \n string", len(r"\n"), "\N{GREEK SMALL LETTER ALPHA}", "\x41\101\u0042")
