values = ["12", "0x1f", "seven"]
total = 0
for v in values:
    total += int(v, 0)
    print("total", total)
