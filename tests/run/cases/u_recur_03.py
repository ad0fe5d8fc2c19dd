# N-Queens and sudoku-ish backtracking
def solve_queens(n):
    solutions = []
    cols = set(); d1 = set(); d2 = set()
    board = []

    def place(r):
        if r == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()

    place(0)
    return solutions

for n in range(1, 8):
    print(n, len(solve_queens(n)))
first = solve_queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))

def subset_sum(nums, target, start=0, chosen=()):
    if target == 0:
        yield chosen
        return
    for i in range(start, len(nums)):
        if nums[i] <= target:
            yield from subset_sum(nums, target - nums[i], i + 1, chosen + (nums[i],))

print(list(subset_sum([3, 34, 4, 12, 5, 2], 9)))
print(next(subset_sum([1, 2], 10)))
