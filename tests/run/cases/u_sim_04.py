# Game of dice: Pig, with a seeded strategy
import random

def play_turn(rng, hold_at):
    total = 0
    rolls = []
    while total < hold_at:
        r = rng.randint(1, 6)
        rolls.append(r)
        if r == 1:
            return 0, rolls
        total += r
    return total, rolls

def game(seed, strategies, target=50):
    rng = random.Random(seed)
    scores = [0] * len(strategies)
    turn = 0
    while max(scores) < target:
        p = turn % len(strategies)
        gained, rolls = play_turn(rng, strategies[p])
        scores[p] += gained
        if turn < 6:
            print(f"turn {turn}: player {p} rolled {rolls} -> +{gained} = {scores[p]}")
        turn += 1
    winner = scores.index(max(scores))
    return winner, scores, turn

print(game(1, [15, 25]))
wins = [0, 0]
import io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    for seed in range(200):
        w, _, _ = game(seed, [20, 30])
        wins[w] += 1
print(wins, len(buf.getvalue().splitlines()))
r = random.Random(99)
print(r.random() == random.Random(99).random(), r.randint(1, 3))
try:
    r.randint(5, 1)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
