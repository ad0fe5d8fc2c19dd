tests = ["abc", "ABC", "123", "a1", "", " ", "\t\n", "Ab Cd", "½", "٣", "x_y", "Ünïcode"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
