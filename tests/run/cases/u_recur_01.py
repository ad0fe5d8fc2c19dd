def factorial(n):
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]

def permutations(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in permutations(s[:i] + s[i + 1:])]

print([factorial(i) for i in range(8)])
print(factorial(30))
print(fib(90))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(power_set([1, 2, 3]))
print(permutations("abc"))
print(sorted(set(permutations("aab"))))
print(factorial(-1))
