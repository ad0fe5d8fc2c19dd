"""random, written for pyco from the documented Python 3.10 API: the Mersenne Twister
and the distributions live in the native `_random.Core` (so that seeded sequences are
CPython's); this module checks arguments, converts them and handles the deprecated
forms that 3.10 still accepts with a DeprecationWarning."""

import _random

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "triangular",
           "randint", "choice", "randrange", "sample", "shuffle", "choices",
           "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
           "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate",
           "getstate", "setstate", "getrandbits", "randbytes"]

# randrange()'s default step, compared by identity so that an explicit step without a
# stop is still refused.
_UNIT_STEP = 1

_HASH_SEED_NOTE = ("Seeding based on hashing is deprecated\n"
                   "since Python 3.9 and will be removed in a subsequent version. "
                   "The only \nsupported seed types are: None, int, float, str, bytes, "
                   "and bytearray.")
_NON_INT_NOTE = ("non-integer arguments to randrange() have been deprecated since "
                 "Python 3.10 and will be removed in a subsequent version")


def _deprecated(text, stacklevel=3):
    # The default level blames the caller of the public method that called this.
    import warnings
    warnings.warn(text, DeprecationWarning, stacklevel)


def _as_int(value, name):
    """An integer argument of randrange(): anything with __index__, or (deprecated) a
    number equal to an int."""
    try:
        return value.__index__()
    except AttributeError:
        pass
    whole = int(value)
    if whole != value:
        _deprecated('randrange() will raise TypeError in the future', 4)
        raise ValueError("non-integer %s for randrange()" % name)
    _deprecated(_NON_INT_NOTE, 4)
    return whole


def _legacy_str_seed(text):
    """The integer a str seeds with under version=1 (Python 2's string hash)."""
    value = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        value = ((1000003 * value) ^ code) & 0xFFFFFFFFFFFFFFFF
    value ^= len(text)
    return -2 if value == -1 else value


def _running_totals(values):
    totals = []
    total = 0
    for value in values:
        total = total + value
        totals.append(total)
    return totals


class Random:
    """A random number generator with its own state (the module functions share one)."""
    VERSION = 3

    def __init__(self, x=None):
        self._core = _random.Core()
        self.seed(x)

    # -- state ----------------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Reseeds: None uses OS entropy, ints are used as is, str/bytes are hashed with
        SHA-512 (version 2) or the old string hash (version 1)."""
        core = self._core
        if a is None:
            core.seed_none()
        elif isinstance(a, int):
            core.seed_int(a)
        elif version == 1 and isinstance(a, (str, bytes)):
            text = a.decode('latin-1') if isinstance(a, bytes) else a
            core.seed_int(_legacy_str_seed(text))
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            core.seed_bytes(a)
        else:
            if not isinstance(a, (float, str, bytes, bytearray)):
                _deprecated(_HASH_SEED_NOTE)
            # The C generator takes the hash as an unsigned machine word.
            core.seed_int(hash(a) % 2**64)

    def getstate(self):
        return self._core.getstate()

    def setstate(self, state):
        """Restores a getstate() result (version 2 states, whose words were saved as
        signed ints, are accepted too)."""
        version = state[0]
        if version == 2:
            _, words, gauss_next = state
            try:
                words = tuple(word % 2**32 for word in words)
            except ValueError as e:
                raise TypeError from e
            self._core.setstate(words, gauss_next)
        elif version == self.VERSION:
            self._core.setstate(state[1], state[2])
        else:
            raise ValueError("state with version %s passed to Random.setstate() of "
                             "version %s" % (version, self.VERSION))

    # -- raw output -----------------------------------------------------------------------

    def random(self):
        return self._core.random()

    def getrandbits(self, k):
        return self._core.getrandbits(k)

    def randbytes(self, n):
        return self._core.randbytes(n)

    def _randbelow(self, n):
        return self._core.randbelow(n)

    # -- integers and sequences -----------------------------------------------------------

    def randrange(self, start, stop=None, step=_UNIT_STEP):
        """A random element of range(start, stop, step), without building the range."""
        first = _as_int(start, 'arg 1')
        if stop is None:
            # The step is checked before conversion: any explicit step needs a stop.
            if step is not _UNIT_STEP:
                raise TypeError('Missing a non-None stop argument')
            return self._core.randrange(first, None, None)
        end = _as_int(stop, 'stop')
        stride = _as_int(step, 'step')
        return self._core.randrange(first, end, None if stride == 1 else stride)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return seq[self._core.randbelow(len(seq))]

    def shuffle(self, x, random=None):
        """Shuffles the list x in place (Fisher-Yates, from the end)."""
        if random is None:
            pick = self._core.randbelow
        else:
            _deprecated('The *random* parameter to shuffle() has been deprecated\n'
                        'since Python 3.9 and will be removed in a subsequent version.')

            def pick(bound):
                return int(random() * bound)
        for i in range(len(x) - 1, 0, -1):
            j = pick(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements of population (repeated per `counts` if given), in
        selection order."""
        from collections.abc import Sequence, Set
        if isinstance(population, Set):
            _deprecated('Sampling from a set deprecated\n'
                        'since Python 3.9 and will be removed in a subsequent version.')
            population = tuple(population)
        if not isinstance(population, Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        if counts is None:
            picks = self._core.sample(len(population), k)
        else:
            counts = list(counts)
            if len(counts) != len(population):
                raise ValueError('The number of counts does not match the population')
            picks = self._core.sample_counts(counts, k)
        return [population[i] for i in picks]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population chosen with replacement, optionally weighted."""
        size = len(population)
        if cum_weights is None and weights is None:
            picks = self._core.choices(size, k)
        else:
            if cum_weights is None:
                cum_weights = _running_totals(weights)
            elif weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
            if len(cum_weights) != size:
                raise ValueError('The number of weights does not match the population')
            picks = self._core.choices_cum(cum_weights, k)
        return [population[i] for i in picks]

    # -- real-valued distributions --------------------------------------------------------

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
    """Random numbers from OS entropy: seeding has no effect."""

    def seed(self, *args, **kwds):
        self._core.seed_none()


# The module-level functions are the bound methods of one shared generator.
_shared = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_shared, _name)
del _name
