name, age, height = "Ada", 36, 1.68
print(f"{name} is {age} years old and {height}m tall")
print(f"{name!r} {name!s} {name:>8} {name:<8}| {name:^9}|")
print(f"{age:05d} {age:+d} {-age:d} {age:x} {age:X} {age:o} {age:b} {age:#b} {age:#o}")
print(f"{height:.1f} {height:8.3f} {height:e} {height:.2E} {height:g} {height:%}")
pi = 3.14159265
print(f"{pi:.0f} {pi:.10f} {pi:10.2f}| {pi:<10.2f}| {pi:^10.2f}| {pi:*>10.2f}")
big = 1234567890.12345
print(f"{big:,} {big:,.2f} {big:_.1f} {int(big):,} {int(big):_x}")
print(f"{0.000012345:g} {123456789.0:g} {1e16:g} {1.0:g} {100.0:.3g}")
print(f"{'left':<{10}}|{'right':>{age // 6}}|")
w, p = 12, 4
print(f"{pi:{w}.{p}f}|")
items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3.0}
for k, v in items.items():
    print(f"{k:.<15}{v:.>8.2f}")
print(f"{age = }, {name=}, {height * 2 = :.2f}")
print(f"{{literal braces}} {len(items)} {'nested ' + name.upper()}")
print(f"{3 > 2} {None} {[1, 2][::-1]} {dict(a=1)}")
print(f"{-0.0:.1f} {float('inf'):f} {float('nan'):.2f} {-1.5:+.1f} {2.5:.0f} {3.5:.0f}")
print(f"{0.1 + 0.2} {1/3} {2/3:.17f} {1e22} {1e-5} {123456789012345678.0}")
print(f"{age:s}")
