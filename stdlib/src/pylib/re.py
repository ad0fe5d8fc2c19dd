"""re: Python's regular expression API over the native matcher in _re."""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256
NOFLAG = 0
RegexFlag = int


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        last = None
        best = -1
        for g in range(1, len(spans) // 2):
            s, e = spans[2 * g], spans[2 * g + 1]
            if s >= 0 and e >= best:
                # lastindex: the group that closed last (the outermost at a tie).
                if e > best or last is None or s < spans[2 * last]:
                    last = g
                    best = e
        self.lastindex = last

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == self.lastindex:
                return name
        return None

    def _index(self, g):
        if isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is None:
                raise IndexError("no such group")
            return i
        try:
            i = g.__index__()
        except AttributeError:
            raise IndexError("no such group") from None
        if i < 0 or i > self.re.groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(len(self._spans) // 2))

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


class Pattern:
    def __init__(self, pattern, flags):
        try:
            compiled, groups, groupindex = _re.compile(pattern, flags)
        except ValueError as e:
            msg, pos = e.args
            raise error(msg, pattern, pos) from None
        self._compiled = compiled
        self.pattern = pattern
        self.flags = flags | UNICODE
        self.groups = groups
        self.groupindex = groupindex

    def _exec(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object")
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        if pos > n:
            return None
        spans = self._compiled._exec(string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=None):
        n = len(string) if endpos is None else min(endpos, len(string))
        prev_empty_at = -1
        while pos <= n:
            m = self._exec(string, pos, endpos, 0)
            if m is None:
                return
            s, e = m.span()
            if s == e and s == prev_empty_at:
                # Two empty matches may not touch (sre's must_advance): look one further.
                if s >= n:
                    return
                m = self._exec(string, s + 1, endpos, 0)
                if m is None:
                    return
                s, e = m.span()
            yield m
            prev_empty_at = e if s == e else -1
            pos = e

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m._get(1, ""))
            else:
                out.append(m.groups(""))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            fn = _expand(self, repl)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            r = fn(m)
            if r:
                out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("Pattern.scanner is not supported")

    def __repr__(self):
        flags = self.flags & ~UNICODE
        r = "re.compile(%r" % (self.pattern,)
        if flags:
            names = [n for n, v in (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
                                    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.VERBOSE", 64),
                                    ("re.DEBUG", 128), ("re.ASCII", 256)) if flags & v]
            r += ", " + "|".join(names)
        return r + ")"

    def __eq__(self, other):
        return (isinstance(other, Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))


Pattern.__module__ = "re"
Match.__module__ = "re"

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b",
            "\\": "\\"}


def _expand(pattern, template):
    """Parses a replacement template into a function of the match (sre_parse.parse_template)."""
    parts = []
    lit = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = template[i + 1]
        if d == "g":
            j = template.find(">", i + 3)
            if i + 2 >= n or template[i + 2] != "<":
                raise error("missing <", template, i + 2)
            if j < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = template[i + 3:j]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, template, i + 3)
            elif name in pattern.groupindex:
                g = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, template, i + 3)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = j + 1
        elif d.isdigit() and d != "0":
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
            g = int(template[i + 1:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, template, i + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s" % d, template, i)
        else:
            lit.append("\\" + d)
            i += 2
    parts.append("".join(lit))

    def fn(m):
        out = []
        for p in parts:
            if isinstance(p, int):
                v = m._get(p)
                if v:
                    out.append(v)
            else:
                out.append(p)
        return "".join(out)
    return fn


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return compile(pattern, flags | T)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(_special_chars.get(ord(c), c) for c in pattern)
    raise TypeError("escape() argument must be str")
