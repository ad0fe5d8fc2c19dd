items = [1, 2]
if items[0] := 5:
    pass
