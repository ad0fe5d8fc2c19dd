"""Inspecting live objects (pyco's implementation of the basics of Python 3.10's
documented `inspect` module): the is* predicates, getmembers, signature with
Signature/Parameter and their str(), getdoc/cleandoc, generator and coroutine states."""

import sys
import types

__all__ = ['isclass', 'isfunction', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine',
           'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isabstract', 'iscode',
           'isframe', 'istraceback', 'getmembers', 'signature', 'Signature', 'Parameter',
           'getdoc', 'cleandoc', 'currentframe', 'getmodule', 'getgeneratorstate',
           'getcoroutinestate', 'getgeneratorlocals', 'getcoroutinelocals',
           'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
           'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
           'Traceback', 'FrameInfo', 'getframeinfo', 'getlineno', 'getouterframes',
           'getinnerframes', 'stack', 'trace']

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or type(obj).__name__ in ('method_descriptor', 'wrapper_descriptor',
                                      'classmethod_descriptor'))


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isframe(obj):
    return type(obj).__name__ == 'frame'


def istraceback(obj):
    return type(obj).__name__ == 'traceback'


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    # A generator counts when types.coroutine marked its code (CO_ITERABLE_COROUTINE).
    if isinstance(obj, types.GeneratorType):
        return bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE)
    return (isinstance(obj, types.CoroutineType)
            or hasattr(type(obj), '__await__'))


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Get current state of a generator-iterator."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_frame is None:
        return GEN_CLOSED
    if generator.gi_frame.f_lasti == -1:
        return GEN_CREATED
    return GEN_SUSPENDED


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    else:
        return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    if coroutine.cr_frame.f_lasti == -1:
        return CORO_CREATED
    return CORO_SUSPENDED


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame ({} once it has finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    else:
        return {}


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


def getmembers(obj, predicate=None):
    """(name, value) pairs of obj's attributes, sorted by name."""
    results = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def currentframe():
    return sys._getframe(1)


def getmodule(obj):
    if ismodule(obj):
        return obj
    return sys.modules.get(getattr(obj, '__module__', None))


def cleandoc(doc):
    """Strips a docstring's indentation: the first line's leading blanks, the common
    indentation of the rest, and leading/trailing blank lines."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


class _empty:
    """Marker for a missing default or annotation."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name, int(self))

    def __str__(self):
        return self._name


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD',
                                        'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def _annotation_repr(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return Parameter(self._name if name is None else name,
                         self._kind if kind is None else kind,
                         default=self._default if default is _empty else default,
                         annotation=(self._annotation if annotation is _empty
                                     else annotation))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '%s: %s' % (text, _annotation_repr(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = '%s%s%r' % (text, sep, self._default)
        if self._kind is _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind is _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<%s "%s">' % (self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or p.name not in self.arguments:
                continue
            if p.kind is _VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind is _KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
            elif p.kind is _VAR_KEYWORD:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        new = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                new[p.name] = p.default
            elif p.kind is _VAR_POSITIONAL:
                new[p.name] = ()
            elif p.kind is _VAR_KEYWORD:
                new[p.name] = {}
        self.arguments = new

    def __repr__(self):
        args = ', '.join('%s=%r' % item for item in self.arguments.items())
        return '<BoundArguments (%s)>' % args


class Signature:
    """The parameters and return annotation of a callable."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in parameters or ()}
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return types.MappingProxyType(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=_empty):
        if parameters is None:
            parameters = self._parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    def __str__(self):
        parts = []
        star_done = False
        slash_pending = False
        for p in self._parameters.values():
            if p.kind is _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if p.kind is _VAR_POSITIONAL:
                star_done = True
            elif p.kind is _KEYWORD_ONLY and not star_done:
                parts.append('*')
                star_done = True
            parts.append(str(p))
        if slash_pending:
            parts.append('/')
        text = '(%s)' % ', '.join(parts)
        if self._return_annotation is not _empty:
            text += ' -> %s' % _annotation_repr(self._return_annotation)
        return text

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)

    def bind(self, *args, **kwargs):
        """Maps arguments to parameters as a call would, or raises TypeError."""
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        for p in params:
            if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[p.name] = args.pop(0)
                elif p.name in kwargs and p.kind is not _POSITIONAL_ONLY:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty:
                    raise TypeError('missing a required argument: %r' % p.name)
            elif p.kind is _VAR_POSITIONAL:
                if args:
                    arguments[p.name] = tuple(args)
                    args = []
            elif p.kind is _KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty:
                    raise TypeError('missing a required argument: %r' % p.name)
            elif p.kind is _VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError('got an unexpected keyword argument %r' % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    nposonly = code.co_posonlyargcount
    annotations = getattr(func, '__annotations__', {}) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    if skip_first and params and params[0].kind in (_POSITIONAL_ONLY,
                                                    _POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _empty))


def signature(obj, *, follow_wrapped=True):
    """The Signature of a Python function, method, class or callable object."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and not isinstance(obj, type):
            obj = obj.__wrapped__
    if isinstance(obj, types.MethodType):
        return _function_signature(obj.__func__, skip_first=True)
    if isfunction(obj):
        return _function_signature(obj)
    if isinstance(obj, type):
        for name in ('__init__', '__new__'):
            for klass in obj.__mro__:
                if name in klass.__dict__ and klass is not object:
                    fn = klass.__dict__[name]
                    if isinstance(fn, staticmethod):
                        fn = fn.__func__
                    if isfunction(fn):
                        return _function_signature(fn, skip_first=True)
                    break
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if isfunction(call):
        return _function_signature(call, skip_first=True)
    raise ValueError('no signature found for builtin {!r}'.format(obj))


# ---------- source code ----------

def getfile(object):
    """The name of the file in which an object was defined."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    object = _code_of(object)
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The file an object was defined in, if it is a Python source file."""
    filename = getfile(object)
    return filename if filename.endswith('.py') else None


def _file_lines(filename):
    try:
        with open(filename, encoding='utf-8') as f:
            return f.read().splitlines(True)
    except OSError:
        raise OSError('could not get source code') from None


def _indent(line):
    return len(line) - len(line.lstrip(' \t'))


def _getblock(lines):
    """The lines of the block that starts lines: decorators, the header, then the lines
    indented deeper (pyco has no tokenize: indentation decides)."""
    i = 0
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        i += 1
    if i >= len(lines):
        return lines
    base = _indent(lines[i])
    end = i + 1
    last = end
    while end < len(lines):
        line = lines[end]
        if line.strip() and _indent(line) <= base and not line.lstrip().startswith('#'):
            break
        end += 1
        if line.strip():
            last = end
    return lines[:last]


def _class_start(lines, name):
    import re
    pat = re.compile(r'^(\s*)class\s*' + name + r'\b')
    for i, line in enumerate(lines):
        if pat.match(line):
            while i > 0 and lines[i - 1].lstrip().startswith('@'):
                i -= 1
            return i
    raise OSError('could not find class definition')


def _code_of(object):
    """The code object behind a method, function, traceback or frame (else `object`)."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getsourcelines(object):
    """The source lines of an object and the line number where they start."""
    lines = _file_lines(getfile(object))
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_start(lines, object.__name__)
        return _getblock(lines[start:]), start + 1
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    start = code.co_firstlineno - 1
    if code.co_name == '<module>':
        return lines, 0
    if code.co_name == '<lambda>':
        return [lines[start]], start + 1
    return _getblock(lines[start:]), start + 1


def getsource(object):
    """The text of the source code of an object."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ---------- the interpreter stack ----------

from collections import namedtuple as _namedtuple

Traceback = _namedtuple('Traceback', 'filename lineno function code_context index')
FrameInfo = _namedtuple('FrameInfo', ('frame',) + Traceback._fields)


def getframeinfo(frame, context=1):
    """A Traceback tuple for a frame or traceback: where it is, with `context` lines of
    source around its line (`index` is the line's place among them)."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        try:
            source = _file_lines(filename)
        except OSError:
            source = None
        if source:
            start = lineno - 1 - context // 2
            start = max(0, min(start, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for `frame` and its callers, innermost first."""
    frames = []
    while frame:
        frames.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frames, outermost first."""
    frames = []
    while tb:
        frames.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return frames


def stack(context=1):
    """The caller's stack: FrameInfo records from the caller outwards."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """The frames between the current one and where the exception being handled was
    raised."""
    return getinnerframes(sys.exc_info()[2], context)
