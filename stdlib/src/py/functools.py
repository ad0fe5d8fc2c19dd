"""Higher-order functions and operations on callables, written for pyco from the
behaviour documented for Python 3.10's `functools`."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'cached_property']

# What update_wrapper copies (when present) and what it merges, by default.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the `assigned` attributes it has, merges
    the `updated` dicts, and records wrapped as wrapper.__wrapped__."""
    missing = object()
    for name in assigned:
        found = getattr(wrapped, name, missing)
        if found is not missing:
            setattr(wrapper, name, found)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Last, so that a __wrapped__ that came along with wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_NO_INITIAL = object()


def reduce(function, sequence, initial=_NO_INITIAL):
    """Folds sequence from the left with the two-argument function."""
    items = iter(sequence)
    acc = initial
    if acc is _NO_INITIAL:
        for acc in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        acc = function(acc, item)
    return acc


# -- partial application -------------------------------------------------------------------

class partial:
    """A callable that calls func with some arguments already supplied (more positional
    ones are appended, keywords override)."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            # A partial of a partial calls the inner function directly.
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self = super().__new__(cls)
        self.func, self.args, self.keywords = func, args, keywords
        return self

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        kind = type(self)
        name = kind.__qualname__
        if kind.__module__ == 'functools':
            name = 'functools.' + name
        shown = [repr(self.func)] + [repr(a) for a in self.args]
        shown += ['%s=%r' % item for item in self.keywords.items()]
        return '%s(%s)' % (name, ', '.join(shown))

    def __get__(self, obj, objtype=None):
        # Like the C implementation, a partial stored on a class does not bind.
        return self


class partialmethod:
    """Like partial, for use as a method: the instance (or whatever the wrapped
    descriptor binds to) comes before the supplied arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def _unbound(self):
        def method(cls_or_self, /, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(cls_or_self, *self.args, *args, **merged)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # e.g. a classmethod or a function bound to obj.
                result = partial(bound, *self.args, **self.keywords)
                if hasattr(bound, '__self__'):
                    result.__self__ = bound.__self__
                return result
        return self._unbound().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# -- total_ordering --------------------------------------------------------------------------

# For each comparison a class may define: the three others, each computed from it as
# (negate its result?, then combine with equality: None, 'or equal', 'and not equal').
_DERIVATIONS = {
    '__lt__': {'__gt__': (True, 'and_ne'), '__le__': (False, 'or_eq'), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, 'or_eq'), '__lt__': (False, 'and_ne'), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, 'and_ne'), '__ge__': (False, 'or_eq'), '__le__': (True, None)},
    '__ge__': {'__le__': (True, 'or_eq'), '__gt__': (False, 'and_ne'), '__lt__': (True, None)},
}


def _derive(base, name, negate, join):
    def comparison(self, other):
        result = getattr(type(self), base)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if join == 'or_eq':
            return result or self == other
        if join == 'and_ne':
            return result and self != other
        return result
    comparison.__name__ = name
    return comparison


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__, __ge__ (and __eq__), adds
    the missing others."""
    defined = [op for op in _DERIVATIONS
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # With several defined, derive from the first of __lt__, __le__, __gt__, __ge__.
    base = max(defined)
    for name, (negate, join) in _DERIVATIONS[base].items():
        if name not in defined:
            setattr(cls, name, _derive(base, name, negate, join))
    return cls


# -- cmp_to_key ------------------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turns an old-style cmp(a, b) function (negative, zero, positive) into a key=
    function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def _versus(self, other):
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._versus(other) < 0

        def __le__(self, other):
            return self._versus(other) <= 0

        def __eq__(self, other):
            return self._versus(other) == 0

        def __ge__(self, other):
            return self._versus(other) >= 0

        def __gt__(self, other):
            return self._versus(other) > 0

        __hash__ = None
    return K


# -- lru_cache -------------------------------------------------------------------------------

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize), a named tuple."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return super().__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        pairs = ', '.join('%s=%r' % pair for pair in zip(self._fields, self))
        return 'CacheInfo(%s)' % pairs


for _i, _field in enumerate(CacheInfo._fields):
    setattr(CacheInfo, _field, property(lambda info, i=_i: info[i]))
del _i, _field

# Separates positional arguments from keyword items in a cache key.
_KEYWORDS_FOLLOW = object()


def _call_key(args, kwds, typed):
    """A hashable key for one call: the arguments, then keyword names and values, then
    (when typed) the argument types so that 1 and 1.0 are told apart."""
    parts = list(args)
    if kwds:
        parts.append(_KEYWORDS_FOLLOW)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(type(value) for value in args)
        parts.extend(type(value) for value in kwds.values())
    return tuple(parts)


class _lru_cache_wrapper:
    """The callable lru_cache() returns: a dict kept in least- to most-recently used
    order (re-inserting a key on a hit moves it to the end)."""

    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._results = {}
        self._hits = self._misses = 0
        update_wrapper(self, func)

    def __call__(self, /, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _call_key(args, kwds, self._typed)
        results = self._results
        if key in results:
            self._hits += 1
            value = results.pop(key) if self._maxsize is not None else results[key]
            results[key] = value
            return value
        self._misses += 1
        value = self.__wrapped__(*args, **kwds)
        # A recursive call may have stored the key meanwhile: keep its entry.
        if key not in results:
            results[key] = value
            if self._maxsize is not None and len(results) > self._maxsize:
                del results[next(iter(results))]
        return value

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._results))

    def cache_clear(self):
        self._results.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        # Cached methods: bind like a function would.
        if obj is None:
            return self

        def bound(*args, **kwds):
            return self(obj, *args, **kwds)
        return update_wrapper(bound, self)

    def __repr__(self):
        return '<functools._lru_cache_wrapper object at %#x>' % id(self)


def lru_cache(maxsize=128, typed=False):
    """Decorator caching up to maxsize results (None: unbounded), evicting the least
    recently used. Usable bare (@lru_cache) as well."""
    if callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _lru_cache_wrapper(user_function, maxsize, typed)


def cache(user_function, /):
    """An unbounded lru_cache(): results are kept forever."""
    return lru_cache(maxsize=None)(user_function)


# -- singledispatch --------------------------------------------------------------------------

def _annotated_class(func):
    """The (name, class) of func's first annotated parameter, for @register."""
    try:
        from typing import get_type_hints
        hints = get_type_hints(func)
    except ImportError:
        hints = func.__annotations__
    name, cls = next(iter(hints.items()))
    if not isinstance(cls, type):
        raise TypeError(f"Invalid annotation for {name!r}. {cls!r} is not a class.")
    return cls


def _lookup(registry, cls):
    """The implementation for cls: the closest registered class in its MRO, then a
    registered abstract base class it is a subclass of, then the default."""
    for base in cls.__mro__[:-1]:
        if base in registry:
            return registry[base]
    for registered, impl in registry.items():
        if registered is not object and issubclass(cls, registered):
            return impl
    return registry[object]


def singledispatch(func):
    """Turns func into a generic function that picks an implementation by the class of
    its first argument; implementations are added with .register()."""
    registry = {object: func}
    memo = {}
    label = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        impl = memo.get(cls)
        if impl is None:
            impl = memo[cls] = _lookup(registry, cls)
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated "
                    "function.")
            func, cls = cls, _annotated_class(cls)
        registry[cls] = func
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = memo.clear
    return update_wrapper(wrapper, func)


# -- cached_property -------------------------------------------------------------------------

class cached_property:
    """A property computed on first access and then stored in the instance __dict__
    (which later accesses find first)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError("Cannot assign the same cached_property to two different "
                            f"names ({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        if name in store:
            return store[name]
        value = self.func(instance)
        try:
            store[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance does not support item assignment for caching "
                            f"{name!r} property.") from None
        return value
