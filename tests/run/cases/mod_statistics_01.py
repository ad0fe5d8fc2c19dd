import statistics
from fractions import Fraction as F
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([1.5, 2.5]), statistics.mean([F(1,2), F(1,3)]), statistics.fmean([1, 2]))
print(statistics.median([3, 1, 2]), statistics.median([4, 1, 2, 3]), statistics.median_low([1,2,3,4]), statistics.median_high([1,2,3,4]))
print(statistics.mode([1, 2, 2, 3]), statistics.mode('aabbbc'), statistics.multimode('aabbcc'))
print(statistics.variance([1, 2, 3, 4]), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]))
for f, a in [(statistics.mean, []), (statistics.variance, [1]), (statistics.median, []), (statistics.mode, [])]:
    try: f(a)
    except statistics.StatisticsError as e: print(e)
