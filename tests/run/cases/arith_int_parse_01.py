print(int("42"), int("  -17  "), int("+8"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("0"))
print(int("10", 2), int("777", 8))
for bad in ["", "abc", "1.5", "12a", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
