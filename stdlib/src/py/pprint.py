"""Pretty printing, written for pyco from the behaviour documented for Python 3.10's
`pprint`.

A value is first rendered flat (like repr, but with dicts sorted and depth limits
applied). When the flat text does not fit in the remaining width and the value is a
built-in dict, list, tuple, set, frozenset or str (or a subclass that keeps the built-in
repr), it is laid out over several lines instead, one element per line (or, with
compact=True, as many short elements per line as fit)."""

import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of object, then a newline, to stream (sys.stdout)."""
    printer = PrettyPrinter(indent, width, depth, stream, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty form of object as a string."""
    printer = PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat_info(object):
    # (text, readable, recursive) with the default settings.
    return PrettyPrinter().format(object, {}, None, 0)


def saferepr(object):
    """A repr of object that survives recursive structures."""
    return _flat_info(object)[0]


def isreadable(object):
    """Whether eval() could rebuild object from its saferepr()."""
    return _flat_info(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _flat_info(object)[2]


class _Ordered:
    """Wraps a value for sorting: values that cannot be compared with each other (mixed
    types) fall back to ordering by type name, then identity, so sorting never fails."""
    __slots__ = ['value']

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a, b = self.value, other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _pair_key(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _repr_source(cls):
    """The class along cls's MRO that defines the __repr__ cls uses: subclasses of the
    containers are only laid out like them when they keep the built-in repr."""
    for klass in cls.__mro__:
        if '__repr__' in klass.__dict__:
            return klass
    return object


def _pieces(line):
    """Splits a line into words, each carrying the whitespace that follows it."""
    out = []
    start = pos = 0
    end = len(line)
    while pos < end:
        while pos < end and not line[pos].isspace():
            pos += 1
        while pos < end and line[pos].isspace():
            pos += 1
        out.append(line[start:pos])
        start = pos
    return out


_SCALARS = (int, float, complex, str, bool, type(None))
_BRACKETS = {dict: ('{', '}'), list: ('[', ']'), tuple: ('(', ')')}


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        """indent: extra columns per nesting level; width: the target line length;
        depth: nesting levels shown before eliding with '...'; stream: where pprint()
        writes (sys.stdout when None); compact: pack short items per line; sort_dicts:
        order dicts by key; underscore_numbers: group int digits with '_'."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public API -----------------------------------------------------------------------

    def pprint(self, object):
        target = sys.stdout if self._stream is None else self._stream
        target.write(self.pformat(object) + '\n')

    def pformat(self, object):
        out = []
        self._layout(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(flat text, readable, recursive) for object. `context` holds the ids of the
        containers being rendered (to spot cycles); subclasses may override this to
        change how values are rendered."""
        return self._flat(object, context, maxlevels, level)

    # -- flat rendering -------------------------------------------------------------------

    def _flat(self, object, context, maxlevels, level):
        kind = type(object)
        source = _repr_source(kind)
        if kind in _SCALARS or source not in _BRACKETS:
            return self._flat_scalar(object)
        if not object:
            return repr(object), True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            opening, closing = _BRACKETS[source]
            return opening + '...' + closing, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        if source is dict:
            parts, readable, recursive = self._flat_dict_items(object, context, maxlevels,
                                                               level + 1)
        else:
            parts, readable, recursive = self._flat_all(object, context, maxlevels,
                                                        level + 1)
        del context[key]
        text = ', '.join(parts)
        if source is tuple and len(parts) == 1:
            text += ','
        opening, closing = _BRACKETS[source]
        return opening + text + closing, readable, recursive

    def _flat_scalar(self, object):
        if type(object) is int and self._underscore_numbers:
            return f'{object:_d}', True, False
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _flat_all(self, values, context, maxlevels, level):
        """Flat texts of values, with whether all are readable and whether any recurses."""
        texts = []
        readable, recursive = True, False
        for value in values:
            text, ok, loops = self.format(value, context, maxlevels, level)
            texts.append(text)
            readable = readable and ok
            recursive = recursive or loops
        return texts, readable, recursive

    def _flat_dict_items(self, mapping, context, maxlevels, level):
        texts = []
        readable, recursive = True, False
        for key, value in self._dict_items(mapping):
            (ktext, vtext), ok, loops = self._flat_all((key, value), context, maxlevels,
                                                       level)
            texts.append(ktext + ': ' + vtext)
            readable = readable and ok
            recursive = recursive or loops
        return texts, readable, recursive

    def _dict_items(self, mapping):
        items = mapping.items()
        return sorted(items, key=_pair_key) if self._sort_dicts else list(items)

    def _flat_text(self, object, context, level):
        # A copy of context: rendering must not disturb the cycle bookkeeping.
        return self.format(object, context.copy(), self._depth, level)[0]

    # -- multi-line layout ----------------------------------------------------------------
    #
    # `indent` is the column the value starts at; `allowance` is the room to keep free
    # after it on its last line (for the closing brackets and commas that follow).

    def _layout(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.append(_recursion(object))
            return
        text = self._flat_text(object, context, level)
        splitter = None
        if len(text) > self._width - indent - allowance:
            splitter = self._splitters.get(_repr_source(type(object)))
        if splitter is None:
            out.append(text)
            return
        context[key] = 1
        splitter(self, object, out, indent, allowance, context, level + 1)
        del context[key]

    def _split_dict(self, mapping, out, indent, allowance, context, level):
        out.append('{' + ' ' * (self._step - 1))
        items = self._dict_items(mapping)
        column = indent + self._step
        for n, (key, value) in enumerate(items):
            if n:
                out.append(',\n' + ' ' * column)
            ktext = self._flat_text(key, context, level)
            out.append(ktext + ': ')
            tail = allowance + 1 if n == len(items) - 1 else 1
            self._layout(value, out, column + len(ktext) + 2, tail, context, level)
        out.append('}')

    def _split_list(self, values, out, indent, allowance, context, level):
        out.append('[')
        self._split_elements(list(values), out, indent, allowance + 1, context, level)
        out.append(']')

    def _split_tuple(self, values, out, indent, allowance, context, level):
        closing = ',)' if len(values) == 1 else ')'
        out.append('(')
        self._split_elements(list(values), out, indent, allowance + len(closing), context,
                             level)
        out.append(closing)

    def _split_set(self, values, out, indent, allowance, context, level):
        if not values:
            out.append(repr(values))
            return
        if type(values) is set:
            opening, closing = '{', '}'
        else:
            name = type(values).__name__
            opening, closing = name + '({', '})'
            indent += len(name) + 1
        out.append(opening)
        members = sorted(values, key=_Ordered)
        self._split_elements(members, out, indent, allowance + len(closing), context, level)
        out.append(closing)

    def _split_elements(self, values, out, indent, allowance, context, level):
        """The elements of a sequence, comma separated: one per line, or with compact=True
        as many whole flat texts per line as fit."""
        column = indent + self._step
        out.append(' ' * (self._step - 1))
        newline = ',\n' + ' ' * column
        full_room = self._width - column + 1
        room = full_room
        sep = ''
        last = len(values) - 1
        for n, value in enumerate(values):
            if n == last:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._flat_text(value, context, level)
                need = len(text) + 2
                if room < need:
                    # Start a new line (unless this is the first element).
                    room = full_room
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.append(sep + text)
                    sep = ', '
                    continue
            out.append(sep)
            sep = newline
            self._layout(value, out, column, allowance if n == last else 1, context, level)

    def _split_str(self, text, out, indent, allowance, context, level):
        """A long string as adjacent literals (parenthesized at the top level), broken at
        line ends and, when a line is still too long, after runs of whitespace."""
        if not text:
            out.append(repr(text))
            return
        if level == 1:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = text.splitlines(True)
        literals = []
        for n, line in enumerate(lines):
            is_last = n == len(lines) - 1
            literal = repr(line)
            if len(literal) <= room - (allowance if is_last else 0):
                literals.append(literal)
            else:
                literals.extend(self._split_line(line, room, allowance if is_last else 0))
        if len(literals) == 1:
            out.append(repr(text))
            return
        body = ('\n' + ' ' * indent).join(literals)
        out.append('(' + body + ')' if level == 1 else body)

    @staticmethod
    def _split_line(line, room, allowance):
        """Greedy packing of a line's words into literals of at most `room` columns (the
        last word's literal keeps `allowance` columns free as well)."""
        literals = []
        pieces = _pieces(line)
        pending = ''
        for n, piece in enumerate(pieces):
            limit = room - allowance if n == len(pieces) - 1 else room
            if len(repr(pending + piece)) > limit:
                if pending:
                    literals.append(repr(pending))
                pending = piece
            else:
                pending += piece
        if pending:
            literals.append(repr(pending))
        return literals

    _splitters = {dict: _split_dict, list: _split_list, tuple: _split_tuple,
                  set: _split_set, frozenset: _split_set, str: _split_str}
