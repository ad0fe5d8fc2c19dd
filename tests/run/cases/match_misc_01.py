# Bindings, guards, or-patterns, sequences, singletons and values.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"two {x} {y}"
        case [first, *_, last]:
            return f"first {first} last {last}"

for v in [[], (1,), [1, 2], range(5), "ab", b"ab", bytearray(b"ab"), iter([1])]:
    print(repr(v), seq(v))

def singles(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case Color.RED:
            return "red"
        case Color():
            return "some color"
        case -1.5 | 1+2j:
            return "special number"
        case "s" | b"b":
            return "s or b"
    return "nothing"

for v in [None, True, False, 0, 0.0, 1, 1.0, Color.RED, Color.GREEN, -1.5, 1+2j, "s", b"b"]:
    print(repr(v), singles(v))

# A guard that fails leaves the captures bound.
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case _:
        print("guard failed; a, b =", a, b)

# Captures happen only once the whole pattern matched.
c = "unset"
match [1, 2]:
    case [c, 3]:
        pass
print("c =", c)

# or-patterns binding the same names in different orders.
def order(v):
    match v:
        case (1, x, y) | (2, y, x) | [3, *_, x, y]:
            return x, y
print(order((1, "a", "b")), order((2, "a", "b")), order([3, 0, 0, "a", "b"]), order(0))

# Nested as-patterns and star captures.
match {"k": [1, [2, 3], 4]}:
    case {"k": [int() as first, [_, *inner] as pair, *tail]} as whole:
        print(first, inner, pair, tail, whole)

# Matching in a loop with break/continue, inside a function returning from a case.
def find(items):
    for it in items:
        match it:
            case 0:
                continue
            case "stop":
                break
            case (k, v):
                return k, v
            case _:
                print("skip", it)
    return None
print(find([0, "x", ("a", 1)]), find([1, "stop", ("b", 2)]))

# The subject is evaluated once.
def subject():
    print("evaluating subject")
    return 3
match subject():
    case 1 | 2:
        print("small")
    case n:
        print("got", n)
