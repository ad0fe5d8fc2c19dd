"""String constants, `$`-templates and the `str.format` engine as a class (pyco's own
implementation of the documented `string` API).

pyco has no `_string` helper module, so the format-string scanner that CPython keeps in C
lives here (`_scan_format`, `_split_field_name`); its chunking and error messages follow
what `str.format` does.
"""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# -- constants -------------------------------------------------------------------------

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize every `sep`-separated word; runs of whitespace collapse to one space
    when sep is None."""
    joiner = ' ' if sep is None else sep
    return joiner.join(word.capitalize() for word in s.split(sep))


# -- Template --------------------------------------------------------------------------

def _template_regex(cls):
    """The compiled placeholder pattern of a Template class: its own `pattern` when the
    class body sets one, else one assembled from delimiter / idpattern / braceidpattern /
    flags.  Groups: escaped, named, braced, invalid."""
    own = cls.__dict__.get('pattern')
    if own is not None and cls is not Template:
        source = own
    else:
        bare = cls.idpattern
        braced = cls.braceidpattern or bare
        delim = _re.escape(cls.delimiter)
        source = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{bare})'
                  f'|{{(?P<braced>{braced})}}|(?P<invalid>))')
    if not isinstance(source, str):
        return source
    try:
        return _re.compile(source, cls.flags | _re.VERBOSE)
    except _re.error:
        if '(?a:' not in source:
            raise
    # pyco's regex engine lacks scoped inline flags such as the default idpattern's
    # `(?a:...)`; a plain group matches the same ASCII identifiers (only exotic
    # case-folds like the Kelvin sign could differ).
    return _re.compile(source.replace('(?a:', '(?:'), cls.flags | _re.VERBOSE)


class Template:
    """A string with `$name` / `${name}` placeholders; `$$` stands for one `$`."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _lookup(self, mapping, kws):
        if mapping is None:
            return kws
        if not kws:
            return mapping
        return _Layered(kws, mapping)

    def _raise_invalid(self, offset):
        # `offset` is just past the delimiter, so the text before it ends on the line of
        # the delimiter and its length there is the (1-based) column being reported.
        lines = self.template[:offset].splitlines() or ['.']
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (len(lines), len(lines[-1])))

    def substitute(self, mapping=None, /, **kws):
        """Replace every placeholder; KeyError for a missing name, ValueError for a
        delimiter that starts no valid placeholder."""
        values = self._lookup(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(values[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._raise_invalid(match.start('invalid'))
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), but unknown names and stray delimiters stay as written."""
        values = self._lookup(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(replace, self.template)


Template.pattern = _template_regex(Template)


class _Layered:
    """Keyword arguments first, then the positional mapping (substitute's lookup)."""

    def __init__(self, front, back):
        self._front = front
        self._back = back

    def __getitem__(self, key):
        if key in self._front:
            return self._front[key]
        return self._back[key]


# -- Formatter -------------------------------------------------------------------------

_MIXED_NUMBERING = ('cannot switch from manual field specification to automatic '
                    'field numbering')


class Formatter:
    """The machinery of `str.format`, split into overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text, _ = self._expand(format_string, args, kwargs, seen, 2, 0)
        self.check_unused_args(seen, args, kwargs)
        return text

    def _expand(self, template, args, kwargs, seen, depth, next_auto):
        """Render one (possibly nested) format string.  `next_auto` is the next implicit
        argument number, or False once explicit numbers were used; the updated value is
        returned so nested specs share the numbering."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field, spec, conversion in self.parse(template):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            field, next_auto = _number_field(field, next_auto)
            value, root = self.get_field(field, args, kwargs)
            seen.add(root)
            value = self.convert_field(value, conversion)
            spec, next_auto = self._expand(spec, args, kwargs, seen, depth - 1, next_auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), next_auto

    def parse(self, format_string):
        """Iterate (literal_text, field_name, format_spec, conversion) tuples."""
        return _scan_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve 'root.attr[key]...'; returns (object, root key)."""
        root, steps = _split_field_name(field_name)
        obj = self.get_value(root, args, kwargs)
        for is_attr, part in steps:
            obj = getattr(obj, part) if is_attr else obj[part]
        return obj, root

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook for subclasses; the default accepts unused arguments."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        converters = {None: None, 'r': repr, 's': str, 'a': ascii}
        if conversion not in converters:
            raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))
        convert = converters[conversion]
        return value if convert is None else convert(value)


def _number_field(field, next_auto):
    """Apply automatic numbering to an empty field name and forbid mixing it with
    explicit numbers."""
    if field == '':
        if next_auto is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(next_auto), next_auto + 1
    if field.isdigit():
        if next_auto:
            raise ValueError(_MIXED_NUMBERING)
        return field, False
    return field, next_auto


def _scan_format(text):
    """Split a format string as str.format reads it.  Doubled braces produce a chunk of
    literal text ending in one brace and no field."""
    pos, end = 0, len(text)
    while pos < end:
        brace = _next_brace(text, pos)
        if brace < 0:
            yield text[pos:], None, None, None
            return
        ch = text[brace]
        doubled = brace + 1 < end and text[brace + 1] == ch
        if ch == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if ch == '{' and brace + 1 == end:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            yield text[pos:brace + 1], None, None, None
            pos = brace + 2
            continue
        close = _matching_close(text, brace + 1)
        if close < 0:
            # Unterminated field: a malformed body is reported in preference.
            _parse_field(text[brace + 1:])
            raise ValueError("expected '}' before end of string")
        yield (text[pos:brace],) + _parse_field(text[brace + 1:close + 1])
        pos = close + 1


def _next_brace(text, start):
    hits = [i for i in (text.find('{', start), text.find('}', start)) if i >= 0]
    return min(hits) if hits else -1


def _matching_close(text, start):
    """Index of the '}' closing a replacement field whose body starts at `start`, or
    -1.  In the field name, `[...]` is opaque and the character after '!' is the
    conversion: braces there do not count."""
    depth = 1
    i, n = start, len(text)
    in_name = True
    while i < n:
        ch = text[i]
        if in_name and ch == '[':
            close = text.find(']', i + 1)
            i = n if close < 0 else close + 1
            continue
        if in_name and ch == '!':
            in_name = False
            i += 2
            continue
        if ch == ':':
            in_name = False
        elif ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _parse_field(body):
    """(name, spec, conversion) of a field body that still carries its closing brace."""
    i, n = 0, len(body)
    stop = ''
    while i < n:
        ch = body[i]
        i += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            close = body.find(']', i)
            i = n if close < 0 else close
            continue
        if ch in '}:!':
            stop = ch
            break
    name = body[:i - 1] if stop else body[:i]
    if stop == '}':
        return name, '', None
    if not stop:
        raise ValueError("expected '}' before end of string")
    conversion = None
    if stop == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = body[i]
        i += 1
        if i < n:
            after = body[i]
            i += 1
            if after == '}':
                return name, '', conversion
            if after != ':':
                raise ValueError("expected ':' after conversion specifier")
    return name, _spec_part(body, i), conversion


def _spec_part(body, start):
    """The format spec from `start` up to the brace balancing the field's opening one."""
    depth = 1
    for i in range(start, len(body)):
        if body[i] == '{':
            depth += 1
        elif body[i] == '}':
            depth -= 1
            if depth == 0:
                return body[start:i]
    raise ValueError("unmatched '{' in format spec")


def _as_index(text):
    return int(text) if text.isdigit() else text


def _split_field_name(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); digit-only parts become ints."""
    cut = len(name)
    for mark in '.[':
        found = name.find(mark)
        if 0 <= found < cut:
            cut = found
    root = _as_index(name[:cut])
    steps = []
    i = cut
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            steps.append((True, name[i + 1:j]))
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            steps.append((False, _as_index(name[i + 1:j])))
            i = j + 1
            if i < len(name) and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return root, steps
