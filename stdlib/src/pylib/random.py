"""random: CPython 3.10's Random API over the native generator in _random."""

import _random

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "triangular",
           "randint", "choice", "randrange", "sample", "shuffle", "choices",
           "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
           "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "getrandbits", "randbytes"]


def _index(x, argno):
    """An int argument of randrange, accepting integral floats as 3.10 still does."""
    try:
        return x.__index__()
    except AttributeError:
        pass
    ix = int(x)
    if ix != x:
        raise ValueError("non-integer arg %d for randrange()" % argno)
    return ix


class Random:
    VERSION = 3

    def __init__(self, x=None):
        self._core = _random.Core()
        self.seed(x)

    def seed(self, a=None, version=2):
        if a is None:
            self._core.seed_none()
        elif isinstance(a, int):
            self._core.seed_int(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            self._core.seed_bytes(a)
        else:
            self._core.seed_int(hash(a))

    def getstate(self):
        return self._core.getstate()

    def setstate(self, state):
        version = state[0]
        if version != 3:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        self._core.setstate(state[1], state[2])

    def random(self):
        return self._core.random()

    def getrandbits(self, k):
        return self._core.getrandbits(k)

    def randbytes(self, n):
        return self._core.randbytes(n)

    def _randbelow(self, n):
        return self._core.randbelow(n)

    def randrange(self, start, stop=None, step=1):
        istart = _index(start, 1)
        istop = None if stop is None else _index(stop, 2)
        istep = _index(step, 3)
        return self._core.randrange(istart, istop, None if istep == 1 else istep)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return seq[self._core.randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._core.randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)) or not hasattr(population, "__getitem__"):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            counts = list(counts)
            if len(counts) != n:
                raise ValueError('The number of counts does not match the population')
            return [population[i] for i in self._core.sample_counts(counts, k)]
        return [population[i] for i in self._core.sample(n, k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[i] for i in self._core.choices(n, k)]
            cum_weights = []
            total = 0
            for w in weights:
                total = total + w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        return [population[i] for i in self._core.choices_cum(cum_weights, k)]

    def uniform(self, a, b):
        return self._core.uniform(a, b)

    def triangular(self, low=0.0, high=1.0, mode=None):
        return self._core.triangular(low, high, mode)

    def normalvariate(self, mu, sigma):
        return self._core.normalvariate(mu, sigma)

    def gauss(self, mu, sigma):
        return self._core.gauss(mu, sigma)

    def lognormvariate(self, mu, sigma):
        return self._core.lognormvariate(mu, sigma)

    def expovariate(self, lambd):
        return self._core.expovariate(lambd)

    def vonmisesvariate(self, mu, kappa):
        return self._core.vonmisesvariate(mu, kappa)

    def gammavariate(self, alpha, beta):
        return self._core.gammavariate(alpha, beta)

    def betavariate(self, alpha, beta):
        return self._core.betavariate(alpha, beta)

    def paretovariate(self, alpha):
        return self._core.paretovariate(alpha)

    def weibullvariate(self, alpha, beta):
        return self._core.weibullvariate(alpha, beta)


class SystemRandom(Random):
    def seed(self, *args, **kwds):
        self._core.seed_none()


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
