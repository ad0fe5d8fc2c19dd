"""Type hints (pyco's implementation of the parts of Python 3.10's `typing` scripts use):
the special forms and generic aliases annotations are written with, TypeVar, Generic,
Protocol, NamedTuple, TypedDict, cast, overload and get_type_hints. Reprs follow CPython's
(`typing.List[int]`, `typing.Optional[str]`, `~T`)."""

import collections
import collections.abc
import sys
import types

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString',
           'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
           'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator', 'Reversible',
           'SupportsAbs', 'SupportsFloat', 'SupportsInt', 'SupportsIndex', 'SupportsRound',
           'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
           'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'AnyStr', 'cast', 'final',
           'get_args', 'get_origin', 'get_type_hints', 'NewType', 'no_type_check',
           'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING', 'NoReturn',
           'Annotated', 'TypeAlias', 'Iterable']

TYPE_CHECKING = False


def _type_repr(obj):
    """How a typing repr shows one argument: classes by (module-qualified) name."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    """Accepts what may appear in an annotation; None means type(None)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final', 'Generic',
                                                       'Protocol'):
        raise TypeError(f'Plain {arg} is not valid as type argument')
    if not callable(arg) and not isinstance(arg, (TypeVar, ForwardRef, _Final)):
        raise TypeError(f'{msg} Got {arg!r:.100}.')
    return arg


class _Final:
    """Base of typing's own objects (they may not be subclassed)."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


class ForwardRef(_Final, _root=True):
    """A string annotation (`'Node'`), evaluated by get_type_hints."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _SpecialForm(_Final, _root=True):
    """Any, Union, Optional, ClassVar, Literal...: objects that are only subscripted."""

    def __init__(self, getitem, name, doc=''):
        self._getitem = getitem
        self._name = name
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyType(_Final, _root=True):
    def __repr__(self):
        return 'typing.Any'

    def __instancecheck__(self, obj):
        raise TypeError('typing.Any cannot be used with isinstance()')

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate typing.Any')


Any = _AnyType()


def _no_subscript(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


NoReturn = _SpecialForm(_no_subscript, 'NoReturn')
TypeAlias = _SpecialForm(_no_subscript, 'TypeAlias')


def _one_arg(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm(_one_arg, 'ClassVar')
Final = _SpecialForm(_one_arg, 'Final')


def _flatten_union(parameters):
    result = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif type(p) is getattr(types, 'UnionType', None):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in result:
                result.append(item)
    return tuple(result)


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = _flatten_union([_type_check(p, msg) for p in parameters])
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(self, parameters)


def _optional(self, parameters):
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, type(None)]


def _literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters)


def _annotated_error(self, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(parameters[0], parameters[1:])


Union = _SpecialForm(_union, 'Union')
Optional = _SpecialForm(_optional, 'Optional')
Literal = _SpecialForm(_literal, 'Literal')
Annotated = _SpecialForm(_annotated_error, 'Annotated')


class TypeVar(_Final, _root=True):
    """A type variable: `T = TypeVar('T')`, shown as `~T` (`+T`/`-T` if variant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(t, 'TypeVar(name, constraint, ...): '
                                                 'constraints must be types.')
                                     for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


class _GenericAlias(_Final, _root=True):
    """A subscripted form: `List[int]`, `ClassVar[int]`, `Stack[T]`."""

    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self._name = name
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return '{}[{}]'.format(name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not callable(self.__origin__) or isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if self.__origin__ is Generic and any(isinstance(b, _GenericAlias) and
                                              b is not self and
                                              issubclass(b.__origin__, Generic)
                                              for b in bases if isinstance(b, _GenericAlias)
                                              and isinstance(b.__origin__, type)):
            return ()
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with'
                        ' class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[{}]'.format(', '.join(_type_repr(a) for a in args))

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return 'typing.Literal[{}]'.format(', '.join(repr(a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(
            _type_repr(self.__origin__), ', '.join(repr(a) for a in self.__metadata__))


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_GenericAlias, _root=True):
    """An unsubscripted alias of a class (`typing.List`): subscripting gives a
    _GenericAlias; isinstance checks go to the class."""

    def __init__(self, origin, nparams, name=None):
        super().__init__(origin, (), name or origin.__name__.capitalize())
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f'Too {"many" if len(params) > self._nparams else "few"} '
                            f'arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        return 'typing.Callable[[{}], {}]'.format(
            ', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), 'Callable')
        if not isinstance(args, (list, tuple)):
            raise TypeError(f'Callable[args, result]: args must be a list. Got {args!r:.100}.')
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), 'Callable')


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        return _GenericAlias(tuple, tuple(p if p is ... else _type_check(p, msg)
                                          for p in params), 'Tuple')


_abc = collections.abc
List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleType(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')
Callable = _CallableType(_abc.Callable, 2, 'Callable')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
del _abc


class Generic:
    """Base of user generic classes: `class Stack(Generic[T])` allows `Stack[int]`."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be '
                                    'type variables')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for a in getattr(base, '__parameters__', ()):
                if a not in params:
                    params.append(a)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    """Base of structural types; only a marker here (no structural checks)."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    return cls


SupportsInt = SupportsFloat = SupportsComplex = SupportsBytes = Protocol
SupportsIndex = SupportsAbs = SupportsRound = Protocol


def cast(typ, val):
    """Returns val unchanged: a marker for type checkers."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @typing.overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @typing.overload-decorated.')


def overload(func):
    """Marks an overload signature; calling it raises NotImplementedError."""
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def NewType(name, tp):
    """A callable returning its argument, named `name`."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        if isinstance(tp, _SpecialGenericAlias):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, _CallableGenericAlias) and tp.__args__[0] is not ...:
        return (list(tp.__args__[:-1]), tp.__args__[-1])
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            module = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(module, '__dict__', {})
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _eval_hint(value, g, dict(vars(base)) if localns is None
                                         else localns)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    defaults = _none_defaults(obj)
    for name, value in getattr(obj, '__annotations__', {}).items():
        value = _eval_hint(value, globalns, localns)
        if name in defaults:
            value = Optional[value]  # 3.10 still implies Optional for `= None`
        hints[name] = value
    return hints


def _none_defaults(func):
    """Parameter names of func whose default is None."""
    code = getattr(func, '__code__', None)
    if code is None:
        return set()
    names = set()
    positional = code.co_varnames[:code.co_argcount]
    defaults = func.__defaults__ or ()
    for name, value in zip(positional[len(positional) - len(defaults):], defaults):
        if value is None:
            names.add(name)
    for name, value in (func.__kwdefaults__ or {}).items():
        if value is None:
            names.add(name)
    return names


class NamedTupleMeta(type):
    """Turns `class P(NamedTuple): x: int` into a collections.namedtuple class."""

    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types_ = ns.get('__annotations__', {})
        names = list(types_)
        defaults = []
        default_names = []
        for name in names:
            if name in ns:
                defaults.append(ns[name])
                default_names.append(name)
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nt = collections.namedtuple(typename, names, defaults=defaults,
                                    module=ns.get('__module__'))
        nt.__annotations__ = dict(types_)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '_root'):
                continue
            if key in ('_make', '_replace', '_asdict', '_fields', '_field_defaults',
                       '__new__', '__init__', '__slots__', '__getnewargs__'):
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in names:
                setattr(nt, key, value)
        if '__qualname__' in ns:
            nt.__qualname__ = ns['__qualname__']
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        nt = collections.namedtuple(typename, [n for n, _ in fields])
        nt.__annotations__ = dict(fields)
        try:
            nt.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
        return nt


class NamedTuple(metaclass=NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcls, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        ns['__annotations__'] = annotations
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        required = set()
        optional = set()
        for base in bases:
            required |= set(base.__dict__.get('__required_keys__', ()))
            optional |= set(base.__dict__.get('__optional_keys__', ()))
        (required if total else optional).update(own)
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_function(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


def _typeddict_function(typename, fields=None, /, *, total=True, **kwargs):
    ns = {'__annotations__': dict(fields if fields is not None else kwargs)}
    try:
        ns['__module__'] = sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)
