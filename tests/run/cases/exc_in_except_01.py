try:
    {}["a"]
except KeyError:
    print("handling")
    [][1]
