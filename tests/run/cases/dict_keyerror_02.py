d = {(1, 2): "pair"}
try:
    d[(2, 1)]
except KeyError as e:
    print("missing", e, repr(e), e.args)
try:
    {}[""]
except KeyError as e:
    print("missing", e)
d.pop((3, 3))
