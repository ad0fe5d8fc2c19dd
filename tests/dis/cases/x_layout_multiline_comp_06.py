matrix = [
    [
        i * j
        for j in range(3)
    ]
    for i in range(3)
    if i
]
flat = [
    x
    for row in matrix
    for x in row
    if x % 2
    if x > 0
]
table = {
    key:
        value
    for key, value
    in zip("abc", range(3))
}
uniq = {
    v
    for v in flat
}
gen = (
    a
    +
    b
    for a, b in zip(
        flat,
        flat[1:],
    )
)
print(matrix, flat, table, sorted(uniq), list(gen))
