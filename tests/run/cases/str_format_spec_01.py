for spec in ["", "10", "<10", ">10", "^10", "=+10", "010", ".3", "10.2f", "e", ".0f", "g", "n", "%"]:
    try:
        print(repr(spec), repr(format(1234.5678, spec)))
    except ValueError as e:
        print(repr(spec), "error:", e)
