"""Data classes (pyco's implementation of the documented `dataclasses` API of Python 3.10):
the @dataclass decorator writes __init__, __repr__, __eq__, ordering, hashing and frozen
attribute guards from the class's annotated fields."""

import copy
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass (a default, a factory, flags)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('ClassVar', 'typing.ClassVar'))
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (annotation is typing.ClassVar
            or getattr(annotation, '__origin__', None) is typing.ClassVar)


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(('InitVar', 'dataclasses.InitVar'))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


def _collect_fields(cls, kw_only):
    """The fields of cls: inherited dataclass fields first, then its own annotations."""
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation in ('KW_ONLY', 'dataclasses.KW_ONLY'):
            kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, kw_only))
    for f in own:
        fields[f.name] = f
        # Class attributes keep plain defaults; Field objects are removed.
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields


def _make_function(cls, name, params, body, namespace):
    """Compiles `def name(params): body` with `namespace` as its globals."""
    text = f'def {name}({", ".join(params)}):\n'
    text += ''.join(f'    {line}\n' for line in body or ['pass'])
    module = sys.modules.get(cls.__module__)
    globs = dict(module.__dict__) if module is not None else {}
    globs.update(namespace)
    exec(text, globs)
    fn = globs[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_fn(cls, fields, frozen, has_post_init):
    std = [f for f in fields if f._field_type in (_FIELD, _FIELD_INITVAR)
           and f.init and not f.kw_only]
    kw = [f for f in fields if f._field_type in (_FIELD, _FIELD_INITVAR)
          and f.init and f.kw_only]
    seen_default = False
    for f in std:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    namespace = {'_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '_object_setattr':
                 object.__setattr__, 'MISSING': MISSING}

    def param(f):
        if f.default_factory is not MISSING:
            return f'{f.name}=_HAS_DEFAULT_FACTORY'
        if f.default is not MISSING:
            namespace[f'_dflt_{f.name}'] = f.default
            return f'{f.name}=_dflt_{f.name}'
        return f.name

    params = ['self'] + [param(f) for f in std]
    if kw:
        params += ['*'] + [param(f) for f in kw]
    body = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        value = _field_init_value(f, namespace)
        if value is None:
            continue
        if frozen:
            body.append(f'_object_setattr(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if has_post_init:
        initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
        body.append(f'self.__post_init__({", ".join(initvars)})')
    return _make_function(cls, '__init__', params, body, namespace)


def _field_init_value(f, namespace):
    """The expression __init__ assigns to field f (None: leave it unset)."""
    if f.default_factory is not MISSING:
        namespace[f'_dflt_{f.name}'] = f.default_factory
        if f.init:
            return (f'_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY '
                    f'else {f.name}')
        return f'_dflt_{f.name}()'
    if f.init:
        return f.name
    if f.default is not MISSING:
        namespace[f'_dflt_{f.name}'] = f.default
        return f'_dflt_{f.name}'
    return None


_repr_running = set()


def _repr_fn(fields):
    shown = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ', '.join([f'{name}={getattr(self, name)!r}' for name in shown])
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({parts})'
    return __repr__


def _tuple_of(fields):
    names = [f.name for f in fields]
    return lambda self: tuple([getattr(self, name) for name in names])


def _cmp_fn(name, op, fields):
    values = _tuple_of(fields)

    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented
    compare.__name__ = name
    return compare


def _frozen_fns(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_hash(cls, fields, eq, frozen, unsafe_hash):
    has_explicit_hash = ('__hash__' in cls.__dict__
                         and not (cls.__dict__['__hash__'] is None and '__eq__' in cls.__dict__))
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    values = _tuple_of(hashed)

    def __hash__(self):
        return hash(values(self))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only):
    all_fields = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    _check_frozen_inheritance(cls, frozen)
    fields = list(all_fields.values())
    real = [f for f in fields if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _init_fn(cls, fields, frozen, has_post_init))
    if repr:
        fn = _repr_fn(real)
        fn.__qualname__ = f'{cls.__qualname__}.__repr__'
        _set_new_attribute(cls, '__repr__', fn)
    compared = [f for f in real if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn('__eq__', lambda a, b: a == b, compared))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        ops = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
               ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]
        for name, op in ops:
            if _set_new_attribute(cls, name, _cmp_fn(name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _frozen_fns(cls, real)
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    _set_hash(cls, real, eq, frozen, unsafe_hash)
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(...)'
    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in fields if f.init and not f.kw_only
                                 and f._field_type in (_FIELD, _FIELD_INITVAR)))
    return cls


def _check_frozen_inheritance(cls, frozen):
    for base in cls.__mro__[1:]:
        params = base.__dict__.get(_PARAMS)
        if params is None:
            continue
        if params.frozen and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not params.frozen and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False):
    """Adds generated special methods to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVar/InitVar ones excluded)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into containers."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, lambda fields: dict_factory(fields))


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing into containers."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory,
                    lambda fields: tuple_factory([v for _, v in fields]))


def _convert(obj, factory, build):
    if _is_dataclass_instance(obj):
        return build([(f.name, _convert(getattr(obj, f.name), factory, build))
                      for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, build) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, build) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, build), _convert(v, factory, build))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some field values changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                   match_args=True, kw_only=False, slots=False):
    """Makes a dataclass from a list of names, (name, type) or (name, type, Field)."""
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only)
