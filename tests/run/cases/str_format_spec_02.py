for spec in ["d", "5d", "+d", " d", "x", "#X", "o", "#o", "b", "08b", "c", ",", "_", "n", ".2f", "e", "%", "^7", "=7"]:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)) if spec != "c" else "")
