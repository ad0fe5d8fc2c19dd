# Primes, pythagorean triples, etc with comprehensions
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]

print(primes(60))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 21)]
print(" ".join(fizz))
grid = [["#" if (r + c) % 2 else "." for c in range(8)] for r in range(4)]
print("\n".join("".join(row) for row in grid))
collatz = lambda n: [n] if n == 1 else [n] + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(collatz(27)[:10], len(collatz(27)), max(collatz(27)))
print(max(range(1, 1000), key=lambda n: len(collatz(n))))
digits = {d: sum(1 for n in range(1000) if str(d) in str(n)) for d in range(10)}
print(digits)
