lines = ["a", "b"]
print(f"{chr(10).join(lines)} {'\\n'.join(lines)}")
