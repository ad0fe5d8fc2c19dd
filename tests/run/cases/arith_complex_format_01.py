# complex(): argument handling and format specs.
print(complex(1, 2j), complex(1j, 1j), complex("1e3j"), complex(0, -0.0), complex(-0.0, 0))
print(complex(" (1+2j) "), complex("-1.5e3-2.5j"), complex("nan+infj"))
for bad in [lambda: complex("1+"), lambda: complex("1", 2), lambda: complex([]), lambda: complex(1, "2")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(1+2j), format(1+2j, "^12"), format(-0.0+1j, ">10.2e"), format(1j, "+"), format(1.5-2j, "g"))
print(format(3+4j, ".1f"), format(1e20+1j, ",.0f"), format(2j, ""), f"{1-1j:*<12}|", f"{0.5+0.25j:.2%}" if False else "")
for spec in ["=10", "010", "d", "s"]:
    try:
        format(1j, spec)
    except ValueError as e:
        print(e)
print(divmod(7.5, 2), (7).__divmod__(2))
for bad in [lambda: (1+2j) // 2, lambda: (1+2j) % 2, lambda: divmod(1j, 2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
