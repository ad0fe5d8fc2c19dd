# sum() of ints, floats, bools and mixes: the int/float fast path gives what the general addition gives.
import sys
print(sum([1, 2.5, 3]), sum([2**62, 2**62, 1]), sum([True, True, 2]), sum([1.5, True]))
print(sum(x for x in range(10)), sum([], 0.0), sum([[1], [2]], []), sum([0.1] * 10))
print(sum([-2**63, -1]), sum([1e308, 1e308]), sum([float('nan'), 1]))
print(sum([1, 2], 10), sum([3.0], -0.0), repr(sum([-0.0], -0.0)), repr(sum([], -0.0)))
class N(int):
    def __add__(self, o):
        return "N+"
print(sum([N(1), 2]), sum([1, N(2)]))
