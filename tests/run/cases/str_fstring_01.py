name, n, pi = "world", 7, 3.14159265
print(f"hello {name}!", f"{n * 2}", f"{pi:.3f}", f"{n:03d}", f"{name!r}", f"{name:>10}")
print(f"{'nested'} {[1, 2][0]} {dict(a=1)['a']}")
print(f"{n=}", f"{pi = :.2f}", f"{name.upper()=}")
width = 8
print(f"[{name:^{width}}]", f"{{braces}}", f"{n:#x}", f"{n!s:>4}")
x = 10
print(f"{x if x > 5 else 0}", f"{(lambda v: v + 1)(x)}", f"{x:,.2f}")
