count = 2
msg = f"count: {count}}"
