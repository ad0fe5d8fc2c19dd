"""Iterator building blocks (pyco's implementation).

Each iterator is a small class (so `type(x)` and `repr(x)` look like CPython's) whose
`__next__` advances an internal generator that holds the algorithm.
"""


class _Iter:
    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _new(cls, gen):
    self = object.__new__(cls)
    self._it = gen
    return self


def _check_int(value, what):
    if not isinstance(value, int):
        raise TypeError(f"{what}")
    return value


class count(_Iter):
    __slots__ = ('_n', '_step')

    def __new__(cls, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError("a number is required")
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class cycle(_Iter):
    __slots__ = ()

    def __new__(cls, iterable, /):
        return _new(cls, _cycle(iter(iterable)))


class repeat(_Iter):
    __slots__ = ('_obj', '_times')

    def __new__(cls, object, times=None):
        self = object_new(cls)
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


object_new = object.__new__


def _accumulate(iterable, func, initial):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class accumulate(_Iter):
    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        return _new(cls, _accumulate(iterable, func, initial))


def _chain(iterables):
    for it in iterables:
        yield from it


class chain(_Iter):
    __slots__ = ()

    def __new__(cls, *iterables):
        return _new(cls, _chain(iterables))

    @classmethod
    def from_iterable(cls, iterable, /):
        return _new(cls, _chain(iterable))


class compress(_Iter):
    __slots__ = ()

    def __new__(cls, data, selectors):
        return _new(cls, (d for d, s in zip(data, selectors) if s))


def _dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


class dropwhile(_Iter):
    __slots__ = ()

    def __new__(cls, predicate, iterable, /):
        return _new(cls, _dropwhile(predicate, iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            break
        yield x


class takewhile(_Iter):
    __slots__ = ()

    def __new__(cls, predicate, iterable, /):
        return _new(cls, _takewhile(predicate, iterable))


class filterfalse(_Iter):
    __slots__ = ()

    def __new__(cls, function, iterable, /):
        if function is None:
            function = bool
        return _new(cls, (x for x in iterable if not function(x)))


class _grouper(_Iter):
    __slots__ = ()


class groupby(_Iter):
    """Groups consecutive items by key; each group shares the underlying iterator."""
    __slots__ = ('_src', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id')

    def __new__(cls, iterable, key=None):
        self = object_new(cls)
        self._keyfunc = (lambda x: x) if key is None else key
        self._src = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = object()
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is _marker or self._currkey == self._tgtkey:
            self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, _new(_grouper, self._grouper(self._tgtkey, self._id)))

    def _advance(self):
        self._currvalue = next(self._src)  # StopIteration ends groupby
        self._currkey = self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


_marker = object()


def _islice(iterable, start, stop, step):
    it = iter(iterable)
    i = 0
    nexti = start
    while stop is None or nexti < stop:
        try:
            while i < nexti:
                next(it)
                i += 1
            item = next(it)
        except StopIteration:
            return
        i += 1
        yield item
        nexti += step


def _slice_arg(v, stop):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        v = None
    if v is None or v < 0:
        if stop:
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    return v


class islice(_Iter):
    __slots__ = ()

    def __new__(cls, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        s = slice(*args)
        start = _slice_arg(s.start, False) or 0
        stop = _slice_arg(s.stop, len(args) == 1)
        step = s.step
        if step is None:
            step = 1
        else:
            step = _slice_arg(step, False)
            if step == 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
        return _new(cls, _islice(iterable, start, stop, step))


class starmap(_Iter):
    __slots__ = ()

    def __new__(cls, function, iterable, /):
        return _new(cls, (function(*args) for args in iterable))


class _tee(_Iter):
    __slots__ = ()


def _tee_gen(it, buffers, mine):
    while True:
        if not mine:
            try:
                value = next(it)
            except StopIteration:
                return
            for b in buffers:
                b.append(value)
        yield mine.pop(0)


def tee(iterable, n=2, /):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_new(_tee, _tee_gen(it, buffers, b)) for b in buffers)


def _zip_longest(iterables, fillvalue):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


class zip_longest(_Iter):
    __slots__ = ()

    def __new__(cls, *iterables, fillvalue=None):
        return _new(cls, _zip_longest(iterables, fillvalue))


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


class product(_Iter):
    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        return _new(cls, _product(pools))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_Iter):
    __slots__ = ()

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else r
        if r < 0:
            raise ValueError("r must be non-negative")
        return _new(cls, _permutations(pool, r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations(_Iter):
    __slots__ = ()

    def __new__(cls, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        return _new(cls, _combinations(tuple(iterable), r))


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iter):
    __slots__ = ()

    def __new__(cls, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        return _new(cls, _cwr(tuple(iterable), r))


def _pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class pairwise(_Iter):
    __slots__ = ()

    def __new__(cls, iterable, /):
        return _new(cls, _pairwise(iterable))
