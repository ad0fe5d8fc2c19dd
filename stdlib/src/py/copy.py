"""Shallow and deep copy operations (pyco's implementation)."""


class Error(Exception):
    pass


error = Error

# Immutable values are their own copies.
_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_via_reduce(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contained itself is copied by the recursion above.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_via_reduce(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keeps x alive while the memo lives (ids must not be reused mid-copy).
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """A class's own __reduce_ex__/__reduce__, else object's default protocol-4 reduction."""
    for name in ('__reduce_ex__', '__reduce__'):
        reductor = getattr(cls, name, None)
        if reductor is not None and reductor is not getattr(object, name, None):
            return reductor(x, 4) if name == '__reduce_ex__' else reductor(x)
    return _default_reduce(x, cls)


def _copy_via_reduce(x, cls, memo):
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        # A global name: the object is a singleton.
        return x
    return _reconstruct(x, memo, *rv)


def _default_reduce(x, cls):
    # object.__reduce_ex__(4): copyreg.__newobj__ with the instance state. (The native
    # one raises TypeError for objects whose type cannot make instances: generators...)
    object.__reduce_ex__(x, 4)
    for base in cls.__mro__:
        if base in (list, dict, set, tuple, frozenset, bytearray) and cls is not base:
            break
    else:
        base = None
    state = getattr(x, '__dict__', None)
    if state is not None and not state:
        state = None
    slots = _slot_state(x, cls)
    if slots:
        state = (state, slots)
    args = ()
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = tuple(getnewargs(x))
    elif base is tuple or base is frozenset:
        args = (base(x),)
    listitems = iter(list(x)) if base is list else None
    dictitems = iter(list(x.items())) if base is dict else None
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        state = getstate(x)
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_state(x, cls):
    state = {}
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            try:
                state[name] = getattr(x, name)
            except AttributeError:
                pass
    return state


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
