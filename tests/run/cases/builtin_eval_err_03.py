# An unclosed bracket at the end of an eval string: the caret is at the bracket.
print(eval("(1, 2)"))
eval("[1, 2")
