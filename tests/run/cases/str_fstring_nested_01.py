items = {"apple": 1.5, "kiwi": 0.25}
for k, v in items.items():
    print(f"{k!r:>10}: {v:{'.3f' if v < 1 else '.1f'}}")
width = 12
print(f"{'centered':^{width}}|", f"{3.14159:.{2}f}", f"{'x' * 3}{'y'!r}")
print(f"{{}} {len(items)} {sorted(items)[0]:.3s} {[v * 2 for v in items.values()]}")
print(f"{'a' if items else 'b'}", f"{items['apple'] + 1=}", f"{3:{'>'}{5}}")
