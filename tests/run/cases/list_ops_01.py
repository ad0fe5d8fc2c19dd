a = [1, 2]
b = a
b += [3]
print(a, a is b)
c = a + [4]
print(a, c, a * 2, [0] * 3, [[]] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 3] * 2
alias[0][1] = 5
print(alias)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 9], [] == [])
