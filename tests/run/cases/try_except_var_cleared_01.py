try:
    1 / 0
except ZeroDivisionError as err:
    print("got", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
e = "kept?"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in dir())
