class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        cur = self.start
        while cur < self.stop:
            yield cur
            cur += 2
    def __len__(self):
        return max(0, (self.stop - self.start + 1) // 2)
    def __contains__(self, x):
        return self.start <= x < self.stop and (x - self.start) % 2 == 0
r = Range2(1, 10)
print(list(r), len(r), 5 in r, 6 in r, sum(r), list(zip(r, "abc")))
print(sorted(r, reverse=True), any(x > 8 for x in r), dict.fromkeys(r, 0))
