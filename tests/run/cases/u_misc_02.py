# Guess-the-number game driven by a seeded "player"
import random

class Game:
    def __init__(self, secret, max_tries=7):
        self.secret = secret
        self.max_tries = max_tries
        self.tries = 0

    def guess(self, n):
        self.tries += 1
        if self.tries > self.max_tries:
            raise RuntimeError("out of tries")
        if n < self.secret:
            return "higher"
        if n > self.secret:
            return "lower"
        return "correct"

def binary_player(game, lo=1, hi=100):
    while True:
        mid = (lo + hi) // 2
        r = game.guess(mid)
        print(f"guess {mid:3d}: {r}")
        if r == "correct":
            return game.tries
        if r == "higher":
            lo = mid + 1
        else:
            hi = mid - 1

rng = random.Random(17)
for _ in range(3):
    secret = rng.randint(1, 100)
    print("tries:", binary_player(Game(secret)))

def random_player(game):
    while True:
        r = game.guess(rng.randint(1, 100))
        if r == "correct":
            return game.tries

print(random_player(Game(50, max_tries=3)))
