"""The `types` module for pyco: names for interpreter types that have no builtin name,
plus the dynamic class-creation helpers.  Each type is obtained by asking `type()` of a
sample object, so the names always denote pyco's own type objects."""

import sys


def _sample_function():
    pass


async def _sample_coroutine_function():
    pass


async def _sample_async_generator_function():
    yield


def _sample_generator_function():
    yield


class _Sample:
    def method(self):
        pass


def _cell_type():
    captured = None
    return type((lambda: captured).__closure__[0])


def _coroutine_type():
    coro = _sample_coroutine_function()
    kind = type(coro)
    coro.close()  # never awaited on purpose: close it so no warning is due
    return kind


def _traceback_types():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
    return type(tb), type(getattr(tb, 'tb_frame', None))


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
CellType = _cell_type()
GeneratorType = type(_sample_generator_function())
CoroutineType = _coroutine_type()
AsyncGeneratorType = type(_sample_async_generator_function())
MethodType = type(_Sample().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
TracebackType, FrameType = _traceback_types()
GetSetDescriptorType = type(FunctionType.__code__)
# pyco does not distinguish member (slot) descriptors from getset descriptors.
MemberDescriptorType = GetSetDescriptorType
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])

del (sys, _sample_function, _sample_coroutine_function, _sample_async_generator_function,
     _sample_generator_function, _Sample, _cell_type, _coroutine_type, _traceback_types)


# -- SimpleNamespace -------------------------------------------------------------------

_reprs_in_progress = set()


class SimpleNamespace:
    """An object whose attributes are exactly the keyword arguments it was built with
    (and whatever is assigned later)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        vars(self).update(kwargs)

    def __repr__(self):
        # The base class shows as "namespace(...)", subclasses by their own name.
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _reprs_in_progress:
            return f'{label}(...)'
        _reprs_in_progress.add(id(self))
        try:
            fields = ', '.join(f'{name}={value!r}' for name, value in vars(self).items())
        finally:
            _reprs_in_progress.discard(id(self))
        return f'{label}({fields})'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None


SimpleNamespace.__module__ = 'types'


# -- dynamic class creation ------------------------------------------------------------

def resolve_bases(bases):
    """Replace every non-class base that defines __mro_entries__ by the tuple it returns
    (PEP 560), the way a class statement does.  Returns `bases` itself when nothing
    changed."""
    expanded = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            expanded.append(base)
            continue
        replacement = hook(bases)
        changed = True
        if not isinstance(replacement, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        expanded.extend(replacement)
    return tuple(expanded) if changed else bases


def _most_derived_metaclass(candidate, bases):
    """The metaclass among `candidate` and the bases' metaclasses that is a subclass of
    all the others; TypeError when they are unrelated."""
    best = candidate
    for base in bases:
        other = type(base)
        if issubclass(best, other):
            continue
        if not issubclass(other, best):
            raise TypeError('metaclass conflict: the metaclass of a derived class must '
                            'be a (non-strict) subclass of the metaclasses of all its '
                            'bases')
        best = other
    return best


def prepare_class(name, bases=(), kwds=None):
    """Pick the metaclass and create the class namespace as a class statement would.
    Returns (metaclass, namespace, kwds without 'metaclass')."""
    remaining = dict(kwds) if kwds else {}
    meta = remaining.pop('metaclass', None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **remaining)
    return meta, namespace, remaining


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class like a class statement; `exec_body(ns)` fills the namespace."""
    actual_bases = resolve_bases(bases)
    meta, namespace, remaining = prepare_class(name, actual_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if actual_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, actual_bases, namespace, **remaining)


# -- DynamicClassAttribute -------------------------------------------------------------

class DynamicClassAttribute:
    """A property that only exists on instances: looked up on the class it raises
    AttributeError, so the class's __getattr__ gets a chance (enum uses this for
    `name`/`value` members)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, **accessors):
        parts = {'fget': self.fget, 'fset': self.fset, 'fdel': self.fdel}
        parts.update(accessors)
        doc = None if self.overwrite_doc else self.__doc__
        copy = type(self)(parts['fget'], parts['fset'], parts['fdel'], doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        return self._with(fget=fget)

    def setter(self, fset):
        return self._with(fset=fset)

    def deleter(self, fdel):
        return self._with(fdel=fdel)


# -- types.coroutine -------------------------------------------------------------------

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Make a generator-based function usable with `await`."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if type(func) is FunctionType and type(code) is CodeType:
        flags = code.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            # CPython gives the function a copy of its code with the flag set; pyco
            # sets the flag on the code itself.
            import _pyco
            return _pyco.iterable_coroutine(func)
    return _wrap_generator_factory(func)


def _already_awaitable(obj):
    if type(obj) is CoroutineType:
        return True
    return type(obj) is GeneratorType and bool(obj.gi_code.co_flags & _CO_ITERABLE_COROUTINE)


def _looks_like_generator(obj):
    if isinstance(obj, GeneratorType):
        return True
    has = lambda name: hasattr(obj, name)
    return has('send') and has('throw') and has('__next__') and not has('__await__')


def _wrap_generator_factory(func):
    """For other callables: wrap whatever generator-like object they return."""
    import functools

    @functools.wraps(func)
    def call(*args, **kwargs):
        result = func(*args, **kwargs)
        if not _already_awaitable(result) and _looks_like_generator(result):
            return _GeneratorWrapper(result)
        return result

    return call


class _GeneratorWrapper:
    """Forwards the generator protocol to a wrapped generator-like object and adds
    __await__, plus the cr_* aliases of the gi_* attributes."""

    def __init__(self, target):
        self._target = target
        self._is_real_generator = type(target) is GeneratorType
        self.__name__ = getattr(target, '__name__', None)
        self.__qualname__ = getattr(target, '__qualname__', None)

    def send(self, value):
        return self._target.send(value)

    def throw(self, typ, *more):
        return self._target.throw(typ, *more)

    def close(self):
        return self._target.close()

    def __next__(self):
        return next(self._target)

    def __iter__(self):
        # A true generator can be iterated directly; anything else goes through us.
        return self._target if self._is_real_generator else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self._target.gi_code)
    gi_frame = cr_frame = property(lambda self: self._target.gi_frame)
    gi_running = cr_running = property(lambda self: self._target.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self._target.gi_yieldfrom)
