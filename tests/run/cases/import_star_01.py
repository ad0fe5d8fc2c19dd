from pkg_helpers.mod_star import *
print(public_a, public_b())
try:
    print(_private)
except NameError as e:
    print(e)
print(hidden_by_all if "hidden_by_all" in dir() else "not exported")
