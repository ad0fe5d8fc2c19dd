# Tic-tac-toe with winner detection
def winner(board):
    lines = [board[i:i + 3] for i in range(0, 9, 3)]
    lines += [board[i::3] for i in range(3)]
    lines += [board[0::4], board[2:7:2]]
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None if " " in board else "draw"

def show(board):
    rows = [" | ".join(board[i:i + 3]) for i in range(0, 9, 3)]
    return "\n---------\n".join(rows)

moves = [4, 0, 8, 2, 1, 7, 6, 3, 5]
board = [" "] * 9
player = "X"
for m in moves:
    if board[m] != " ":
        raise ValueError(f"square {m} taken")
    board[m] = player
    w = winner(board)
    if w:
        break
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", w)
b2 = list("XOXXOOOXX")
print(winner(b2), winner(list("XXXOO    ")), winner(list("O  O  O  ")))
board[4] = board[4] + 1
