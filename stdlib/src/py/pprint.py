"""Pretty printing (pyco's implementation of Python 3.10's documented `pprint`
behaviour): containers whose repr does not fit the width are split one item per line,
dicts sorted by key unless sort_dicts=False."""

import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sort key that orders unorderable values by type name and id instead of failing."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _SafeKey(t[0]), _SafeKey(t[1])


def _word_parts(line):
    """line split into pieces of non-whitespace followed by whitespace."""
    parts = []
    start = 0
    i = 0
    n = len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        parts.append(line[start:i])
        start = i
    return parts


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _repr_owner(cls):
    """The class in cls's MRO whose __repr__ it uses."""
    for klass in cls.__mro__:
        if '__repr__' in klass.__dict__:
            return klass
    return object


class _Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = _Stream()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        if id(object) in context:
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            printer = self._dispatch.get(_repr_owner(type(object)))
            if printer is not None:
                context[id(object)] = 1
                printer(self, object, stream, indent, allowance, context, level + 1)
                del context[id(object)]
                return
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            self._format_dict_items(list(items), stream, indent, allowance + 1, context,
                                    level)
        stream.write('}')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(delimnl)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context,
                           level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(type(object).__name__ + '({')
            endchar = '})'
            indent += len(type(object).__name__) + 1
        object = sorted(object, key=_SafeKey)
        self._format_items(object, stream, indent, allowance + len(endchar), context,
                           level)
        stream.write(endchar)

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Items one per line, or (compact) as many per line as fit."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        """A long string as adjacent literals, one per line, split after whitespace
        (parenthesized at top level)."""
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _word_parts(line)
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(repr(object))
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    _dispatch = {str: _pprint_str, dict: _pprint_dict, list: _pprint_list, tuple: _pprint_tuple,
                 set: _pprint_set, frozenset: _pprint_set}

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        return rep

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object, dicts sorted as configured."""
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        owner = _repr_owner(typ)
        if typ in (int, float, complex, str, bool, type(None)) or owner not in (
                dict, list, tuple):
            if typ is int and self._underscore_numbers:
                return f'{object:_d}', True, False
            rep = repr(object)
            return rep, bool(rep) and not rep.startswith('<'), False
        if not object:
            return repr(object), True, False
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return ('{...}' if owner is dict else '[...]' if owner is list else '(...)'),\
                False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if owner is dict:
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                parts.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            rep = '{%s}' % ', '.join(parts)
        else:
            for item in object:
                orepr, oreadable, orecur = self.format(item, context, maxlevels, level)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
            if owner is list:
                rep = '[%s]' % ', '.join(parts)
            elif len(parts) == 1:
                rep = '(%s,)' % parts[0]
            else:
                rep = '(%s)' % ', '.join(parts)
        del context[objid]
        return rep, readable, recursive
