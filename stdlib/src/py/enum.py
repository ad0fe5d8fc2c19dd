"""Enumerations (pyco's implementation of the documented `enum` API of Python 3.10):
Enum, IntEnum, Flag, IntFlag, auto and unique."""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


_auto_null = object()


class auto:
    """Placeholder for a member value the enum class picks (`_generate_next_value_`)."""
    value = _auto_null


class _EnumDict(dict):
    """The class namespace of an enum body: records member names in definition order,
    rejects reused names and resolves `auto()` values."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('Attempted to reuse key: %r' % key)
        elif not _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as: %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate_next_value
                    value.value = gen(key, 1, len(self._member_names),
                                      self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    """The first non-enum base that supplies instance data (int, str, a user class)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumMeta):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, tuple, bytes):
                return base
    return object


class EnumMeta(type):
    """The metaclass of enumerations: makes members from the class body."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumMeta) and base._member_names_:
                raise TypeError('%s: cannot extend enumeration %r'
                                % (cls, base.__name__))
        d = _EnumDict()
        first_enum = bases[-1] if bases and isinstance(bases[-1], EnumMeta) else None
        if first_enum is not None:
            d._generate_next_value = first_enum._generate_next_value_
        return d

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = classdict._member_names
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in members}
        member_type = _find_data_type(bases) if bases else object
        # A __new__ in the body makes members; Enum's own __new__ looks them up.
        new_member = body.pop('__new__', None) if Enum is not None else None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        if new_member is None:
            new_member = _inherited_new_member(bases, member_type)
        enum_class._new_member_ = new_member
        for name in member_names:
            _add_member(enum_class, name, members[name])
        _prefer_enum_methods(enum_class, classdict, member_type)
        # Lookups by value (`Color(1)`) go through Enum.__new__, not the member maker
        # (nor a data type's __new__, which would come first in the MRO).
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%s: cannot delete Enum member.' % cls.__name__)
        type.__delattr__(cls, attr)

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + cls._member_names_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('Cannot reassign members.')
        type.__setattr__(cls, name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1):
        """The functional API: `Enum('Color', 'RED GREEN')`."""
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumMeta.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        names = list(names.items()) if isinstance(names, dict) else list(names)
        if names and isinstance(names[0], str):
            last = []
            pairs = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                pairs.append((name, value))
            names = pairs
        for name, value in names:
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumMeta.__new__(EnumMeta, class_name, bases, classdict)


def _prefer_enum_methods(enum_class, classdict, member_type):
    """A data type comes before Enum in the MRO (`class IntEnum(int, Enum)`); keep Enum's
    repr/str/format unless the class body defines its own."""
    if member_type is object:
        return
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in classdict:
            continue
        for klass in enum_class.__mro__:
            if name in klass.__dict__:
                if not isinstance(klass, EnumMeta):
                    enum_base = next(b for b in enum_class.__mro__
                                     if isinstance(b, EnumMeta) and name in b.__dict__)
                    type.__setattr__(enum_class, name, enum_base.__dict__[name])
                break


def _inherited_new_member(bases, member_type):
    """The member maker: an enum base's own __new__, the data type's, or None (plain
    object instances)."""
    for base in bases:
        if isinstance(base, EnumMeta):
            found = base.__dict__.get('_new_member_')
            if found is not None:
                return found
    return None if member_type is object else member_type.__new__


def _add_member(enum_class, name, value):
    """Makes member `name` (or an alias when an equal value already has one)."""
    args = value if isinstance(value, tuple) else (value,)
    member_type = enum_class._member_type_
    new = enum_class._new_member_
    if member_type is tuple:
        args = (args,)
    if new is None:
        member = object.__new__(enum_class)
    else:
        member = new(enum_class, *args)
    if not hasattr(member, '_value_'):
        member._value_ = value if member_type is object else member_type(*args)
    value = member._value_
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    for other in enum_class._member_map_.values():
        if other._value_ == value:
            member = other  # an alias
            break
    else:
        enum_class._member_names_.append(name)
    # Members are stored in the class dict so `Color.RED` finds them directly.
    type.__setattr__(enum_class, name, member)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        pass


Enum = None


class Enum(metaclass=EnumMeta):
    """Generic enumeration. Subclass it to define enumerations."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        error = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None:
            raise error
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result)) from error

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = [n for n in self.__class__.__dict__ if n[0] != '_']
        names += [n for n in getattr(self, '__dict__', {}) if n[0] != '_']
        return sorted(set(['__class__', '__doc__', '__module__', 'name', 'value'] + names)
                      - set(self._member_map_))

    def __format__(self, format_spec):
        # Mixed-in enums format their value (3.10), unless __str__ was overridden.
        cls = self.__class__
        str_overridden = type(self).__str__ not in (Enum.__str__, Flag.__str__)
        if cls._member_type_ is not object and not str_overridden:
            return cls._member_type_.__format__(self._value_, format_spec)
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @DynamicClassAttribute
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @DynamicClassAttribute
    def value(self):
        """The value of the Enum member."""
        return self._value_


class IntEnum(int, Enum):
    """Enum where members are also (and must be) ints."""


def _high_bit(value):
    return value.bit_length() - 1


def _decompose(flag, value):
    """The members making up `value`, highest first, and the bits none covers."""
    not_covered = value
    members = []
    for member in flag._member_map_.values():
        v = member._value_
        if v and v & value == v and member not in members:
            members.append(member)
            not_covered &= ~v
    if value >= 0:
        bits = not_covered
        while bits:
            bit = 1 << _high_bit(bits)
            if bit in flag._value2member_map_:
                members.append(flag._value2member_map_[bit])
                not_covered &= ~bit
            bits &= ~bit
    if not members and value in flag._value2member_map_:
        members.append(flag._value2member_map_[value])
    members.sort(key=lambda m: m._value_, reverse=True)
    if len(members) > 1 and members[0]._value_ == value:
        members.pop(0)  # the combination itself is a member; show its parts
    return members, not_covered


def _flag_names(cls, value):
    members, _ = _decompose(cls, value)
    return members, '|'.join([str(m._name_ or m._value_) for m in members])


class Flag(Enum):
    """Support for flags: members combine with |, & , ^ and ~."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(_high_bit(v) for v in last_values) if last_values else -1
        for v in last_values:
            if not isinstance(v, int):
                raise TypeError('Invalid Flag value: %r' % v)
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        original = value
        if value < 0:
            value = ~value
        pseudo = cls._create_pseudo_member_(value)
        if original < 0:
            pseudo = ~pseudo
        return pseudo

    @classmethod
    def _create_pseudo_member_(cls, value):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        _, extra = _decompose(cls, value)
        if extra:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        member = object.__new__(cls)
        member._name_ = None
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)
        _, names = _flag_names(cls, self._value_)
        return '<%s.%s: %r>' % (cls.__name__, names, self._value_)

    def __str__(self):
        cls = self.__class__
        if self._name_ is not None:
            return '%s.%s' % (cls.__name__, self._name_)
        members, names = _flag_names(cls, self._value_)
        if len(members) == 1 and members[0]._name_ is None:
            return '%s.%r' % (cls.__name__, members[0]._value_)
        return '%s.%s' % (cls.__name__, names)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        cls = self.__class__
        members, _ = _decompose(cls, self._value_)
        inverted = cls(0)
        for m in cls:
            if m not in members and not (m._value_ & self._value_):
                inverted = inverted | m
        return cls(inverted)


class IntFlag(int, Flag):
    """Support for integer-based flags: any int is a valid value."""

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        return cls._create_pseudo_member_(value)

    @classmethod
    def _create_pseudo_member_(cls, value):
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member
        # Bits no member covers get pseudo-members of their own, so they show by
        # value in reprs (`<Perm.8|R: 12>`).
        covered = 0
        for m in cls._member_map_.values():
            covered |= m._value_
        extra = value & ~covered
        needed = [value]
        while extra > 0:
            bit = 1 << _high_bit(extra)
            if bit not in cls._value2member_map_ and bit not in needed:
                needed.append(bit)
            extra &= ~bit
        for v in reversed(needed):
            pseudo = int.__new__(cls, v)
            pseudo._name_ = None
            pseudo._value_ = v
            member = cls._value2member_map_.setdefault(v, pseudo)
        return member

    def __or__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ | self.__class__(other)._value_)

    def __and__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ & self.__class__(other)._value_)

    def __xor__(self, other):
        if not isinstance(other, (self.__class__, int)):
            return NotImplemented
        return self.__class__(self._value_ ^ self.__class__(other)._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_)


def unique(enumeration):
    """Class decorator: raises ValueError if any value has more than one name."""
    duplicates = [(name, member.name)
                  for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join(['%s -> %s' % pair for pair in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
