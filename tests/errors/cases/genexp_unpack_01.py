rows = [[1, 2], [3]]
print(*row for row in rows)
