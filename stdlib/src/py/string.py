"""Common string constants and classes (pyco's implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split, capitalize each word, and join with `sep` (or a single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _parts(self):
        """Yields ('text', s), ('name', name, start) or ('invalid', start) pieces."""
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        text_start = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            k = j + len(d)
            if t.startswith(d, k):
                yield ('text', t[text_start:j] + d)
                i = text_start = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = t.find('}', k)
                name = t[k + 1:end] if end >= 0 else ''
                if end >= 0 and _is_ident(name):
                    yield ('text', t[text_start:j])
                    yield ('name', name, j, t[j:end + 1])
                    i = text_start = end + 1
                    continue
            else:
                m = k
                while m < n and (t[m] == '_' or t[m].isascii() and t[m].isalnum()):
                    m += 1
                name = t[k:m]
                if _is_ident(name):
                    yield ('text', t[text_start:j])
                    yield ('name', name, j, t[j:m])
                    i = text_start = m
                    continue
            yield ('text', t[text_start:j])
            yield ('invalid', j)
            i = text_start = k
        yield ('text', t[text_start:])

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for part in self._parts():
            if part[0] == 'text':
                out.append(part[1])
            elif part[0] == 'name':
                out.append(str(mapping[part[1]]))
            else:
                self._invalid(part[1])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for part in self._parts():
            if part[0] == 'text':
                out.append(part[1])
            elif part[0] == 'name':
                try:
                    out.append(str(mapping[part[1]]))
                except KeyError:
                    out.append(part[3])
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in self._parts())

    def get_identifiers(self):
        ids = []
        for p in self._parts():
            if p[0] == 'name' and p[1] not in ids:
                ids.append(p[1])
        return ids


def _is_ident(name):
    if not name or not (name[0] == '_' or name[0].isascii() and name[0].isalpha()):
        return False
    return all(c == '_' or c.isascii() and c.isalnum() for c in name)


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """str.format's machinery, overridable piece by piece."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        i = 0
        n = len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            # A replacement field: find its matching brace.
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            yield (''.join(literal),) + _split_field(field)
            literal = []
            i = j
        if literal:
            yield (''.join(literal), None, None, None)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first


def _split_field(field):
    """'name!r:spec' -> ('name', 'spec', 'r')."""
    depth = 0
    name_end = len(field)
    for k, ch in enumerate(field):
        if ch == '[':
            depth += 1
        elif ch == ']':
            depth -= 1
        elif depth == 0 and ch in '!:':
            name_end = k
            break
    name = field[:name_end]
    rest = field[name_end:]
    conversion = None
    spec = ''
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(':'):
        spec = rest[1:]
    return name, spec, conversion


def _field_name_split(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
