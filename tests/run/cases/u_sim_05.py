# Conway's game of life on a small torus + a seeded random board
import random

def step(board):
    h, w = len(board), len(board[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = sum(board[(r + dr) % h][(c + dc) % w]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            new[r][c] = 1 if n == 3 or (n == 2 and board[r][c]) else 0
    return new

def show(board):
    return "\n".join("".join("#" if x else "." for x in row) for row in board)

glider = [[0] * 6 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    glider[r][c] = 1
b = glider
for gen in range(4):
    b = step(b)
print(show(b))
print()
random.seed(123)
board = [[1 if random.random() < 0.35 else 0 for _ in range(10)] for _ in range(6)]
print(show(board))
pops = []
for _ in range(15):
    board = step(board)
    pops.append(sum(map(sum, board)))
print(pops)
