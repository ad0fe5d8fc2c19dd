"""Warning control, written for pyco from the behaviour documented for Python 3.10's
`warnings`: the filter list and its default entries, the per-module registries behind
the "default", "module" and "once" actions, the replaceable showwarning() and
formatwarning() hooks, and catch_warnings."""

import sys
import _pyco

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# -- formatting and output -------------------------------------------------------------------

class WarningMessage(object):
    """One warning, as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        for field, value in zip(self._WARNING_DETAILS,
                                (message, category, filename, lineno, file, line, source)):
            setattr(self, field, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


def _render(record):
    """The standard text of a warning: where, what, then the source line if known."""
    kind = record.category.__name__
    text = "%s:%s: %s: %s\n" % (record.filename, record.lineno, kind, record.message)
    line = record.line
    if line is None:
        line = _pyco.source_line(record.filename, record.lineno)
    if line:
        text += "  " + line.strip() + "\n"
    if record.source is not None:
        # What CPython prints when tracemalloc is not tracing (pyco has none).
        text += kind + ": Enable tracemalloc to get the object allocation traceback\n"
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


def _text_of(record):
    # Honours a formatwarning() replaced by the user.
    if formatwarning is _formatwarning_orig:
        return _render(record)
    return formatwarning(record.message, record.category, record.filename,
                         record.lineno, record.line)


def _showwarnmsg_impl(record):
    """Writes a warning to its file (sys.stderr by default); catch_warnings(record=True)
    swaps this out for a list's append."""
    target = sys.stderr if record.file is None else record.file
    if target is None:
        return
    try:
        target.write(_text_of(record))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr); may be replaced to redirect warnings."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _deliver(record):
    hook = showwarning
    if hook is _showwarning_orig:
        _showwarnmsg_impl(record)
        return
    # A showwarning() replaced by the user gets the warning's parts.
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(record.message, record.category, record.filename, record.lineno, record.file,
         record.line)


# -- the filter list -------------------------------------------------------------------------

def _require(condition, complaint):
    # The checks CPython makes with assert statements.
    if not condition:
        raise AssertionError(complaint)


def _check_action_and_line(action, lineno):
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter (at the front, or the end if append): warnings of category whose
    text matches the message regex (any case), issued from modules matching the module
    regex at lineno (0: any line), get action."""
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(message, str), "message must be a string")
    _require(isinstance(category, type), "category must be a class")
    _require(issubclass(category, Warning), "category must be a Warning subclass")
    _require(isinstance(module, str), "module must be a string")
    _check_action_and_line(action, lineno)
    text_re = _Pattern(message, True) if message else None
    module_re = _Pattern(module, False) if module else None
    _insert_filter((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """filterwarnings() without message or module conditions."""
    _check_action_and_line(action, lineno)
    _insert_filter((action, None, category, None, lineno), append)


def _insert_filter(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        # Moving an existing identical entry to the front.
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Empties the filter list (every warning then gets the default action)."""
    filters[:] = []
    _filters_mutated()


# Bumped on every filter change: registries remember the version they were filled
# under and start over when it changed.
_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


class _Pattern:
    """A compiled filter regex (`re` when it can be imported, else a small matcher for
    literals, '.', escapes, the * + ? quantifiers and a final '$')."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.ignorecase = ignorecase
        try:
            import re
        except ImportError:
            self._re = None
        else:
            self._re = re.compile(pattern, re.I if ignorecase else 0)

    def match(self, text):
        if self._re is not None:
            return self._re.match(text)
        pattern = self.pattern
        if self.ignorecase:
            pattern, text = pattern.lower(), text.lower()
        return _match_from(_parse(pattern), 0, text, 0)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.ignorecase == other.ignorecase)

    def __hash__(self):
        return hash(self.pattern)


def _parse(pattern):
    """(kind, char, quantifier) tokens of the fallback matcher."""
    tokens = []
    pos = 0
    while pos < len(pattern):
        c = pattern[pos]
        pos += 1
        if c == '$' and pos == len(pattern):
            tokens.append(('end', None, ''))
            continue
        if c == '\\' and pos < len(pattern):
            token = ('lit', pattern[pos])
            pos += 1
        else:
            token = ('any', None) if c == '.' else ('lit', c)
        quantifier = ''
        if pos < len(pattern) and pattern[pos] in '*+?':
            quantifier = pattern[pos]
            pos += 1
        tokens.append(token + (quantifier,))
    return tokens


def _match_from(tokens, at, text, pos):
    if at == len(tokens):
        return True
    kind, char, quantifier = tokens[at]
    if kind == 'end':
        return pos == len(text)

    def accepts(i):
        return i < len(text) and (text[i] != '\n' if kind == 'any' else text[i] == char)
    if not quantifier:
        return accepts(pos) and _match_from(tokens, at + 1, text, pos + 1)
    longest = 0
    limit = 1 if quantifier == '?' else len(text) - pos
    while longest < limit and accepts(pos + longest):
        longest += 1
    shortest = 1 if quantifier == '+' else 0
    return any(_match_from(tokens, at + 1, text, pos + n)
               for n in range(longest, shortest - 1, -1))


def _fits(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        # The built-in default entries name modules exactly.
        return pattern == text
    return bool(pattern.match(text))


def _action_for(text, category, module, lineno):
    """The first matching filter's action (and the filter), else the default action."""
    for entry in filters:
        action, text_re, wanted, module_re, line = entry
        if (_fits(text_re, text) and issubclass(category, wanted)
                and _fits(module_re, module) and line in (0, lineno)):
            return action, entry
    return defaultaction, None


# -- issuing warnings ------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning from the code stacklevel frames up: shown, ignored or raised as
    the filters say."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # _pyco.caller(0) would be warn()'s caller's frame seen from here: stacklevel 1.
    where = _pyco.caller(stacklevel)
    if where is None:
        filename, lineno, module_globals = "sys", 1, sys.__dict__
    else:
        filename, lineno, module_globals = where
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno,
                  module_globals.get('__name__', '<string>'), registry, module_globals,
                  source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning with its location given explicitly."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    here = (text, category, lineno)
    if registry.get(here):
        return
    action, entry = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if _seen_before(action, entry, registry, here):
        return
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


def _seen_before(action, entry, registry, here):
    """Records a warning about to be shown under action; True if that action says it
    was already shown (per location, per module or once per process)."""
    if action == "always":
        return False
    if action not in ("default", "module", "once"):
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    registry[here] = 1
    if action == "default":
        return False
    text, category, _ = here
    if action == "once":
        book, key = onceregistry, (text, category)
    else:
        book, key = registry, (text, category, 0)
    if book.get(key):
        return True
    book[key] = 1
    return False


# -- catch_warnings --------------------------------------------------------------------------

class catch_warnings(object):
    """Context manager that restores the filters and showwarning() on exit; with
    record=True, warnings are collected in the list `with` gives instead of shown."""

    def __init__(self, *, record=False, module=None):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = list(target.filters)
        target._filters_mutated()
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


# -- state -----------------------------------------------------------------------------------

defaultaction = "default"
onceregistry = {}

# CPython 3.10's filters when started without -W options (release build).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]

_warnings_defaults = True


def _warn_unawaited_coroutine(coro):
    """Called by the VM when a coroutine is destroyed without having been awaited; with
    where it was made when `sys.set_coroutine_origin_tracking_depth` recorded that."""
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    if coro.cr_origin is not None:
        # As traceback.format_list() shows each place.
        lines = ["Coroutine created at (most recent call last)\n"]
        for filename, lineno, name in reversed(coro.cr_origin):
            lines.append('  File "%s", line %s, in %s\n' % (filename, lineno, name))
            line = _pyco.source_line(filename, lineno)
            if line and line.strip():
                lines.append("    %s\n" % line.strip())
        msg = (msg + "\n" + "".join(lines)).rstrip("\n")
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)
