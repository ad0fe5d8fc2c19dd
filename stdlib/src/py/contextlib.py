"""Helpers for the `with` and `async with` statements, after the documented behaviour of
Python 3.10's `contextlib` (written for pyco).

Frames of this module are left out of tracebacks, except on lines marked `# shown as line
N`: those are the places where CPython's own contextlib.py shows up in a traceback (the
manager calling into the generator or the decorated function, or raising its own error),
so they show as that file's line N. A marked line must read exactly as CPython's does and
sit in a function of the same name.
"""

import abc
import sys
from collections import deque as _deque
from functools import wraps as _wraps
from types import GenericAlias, MethodType

__all__ = [
    "AbstractAsyncContextManager", "AbstractContextManager", "AsyncExitStack",
    "ContextDecorator", "ExitStack", "aclosing", "asynccontextmanager", "closing",
    "contextmanager", "nullcontext", "redirect_stderr", "redirect_stdout", "suppress",
]


def _defines_all(cls, names):
    """Structural check for __subclasshook__: every name is found (and not None) on the MRO."""
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ---------------------------------------------------------------- abstract protocols

class AbstractContextManager(abc.ABC):
    """ABC for objects usable in `with`; any class with __enter__ and __exit__ qualifies."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, typ, exc, tb):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(other, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """ABC for objects usable in `async with`."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):  # the manager is its own target by default
        return self

    @abc.abstractmethod
    async def __aexit__(self, typ, exc, tb):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _defines_all(other, ("__aenter__", "__aexit__"))


# ---------------------------------------------------------------- context managers as decorators

class ContextDecorator:
    """Mixin letting a context manager decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        # Single-use managers override this to hand out a fresh instance per call.
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():  # shown as line 78
                return func(*args, **kwds)  # shown as line 79
        return inner


class AsyncContextDecorator:
    """The `async with` counterpart of ContextDecorator, for coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():  # shown as line 94
                return await func(*args, **kwds)  # shown as line 95
        return inner


# ---------------------------------------------------------------- @contextmanager

class _GeneratorContextManagerBase:
    """State shared by the sync and async generator-based managers: the running
    generator plus what is needed to start another one (func, args, kwds)."""

    def __init__(self, factory, pos, named):
        self.func = factory
        self.args = pos
        self.kwds = named
        self.gen = factory(*pos, **named)
        # The manager documents itself with the generator function's docstring.
        own_doc = getattr(factory, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Used by the decorator form: every decorated call gets a new generator.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_factory(self):
        # Once entered, the manager cannot be recreated; drop the references early.
        del self.func, self.args, self.kwds


def _is_same_failure(exc, sent):
    """Whether `exc`, raised by gen.throw(sent), is really `sent` coming back out."""
    if exc is sent:
        return True
    # PEP 479 turns a StopIteration escaping the generator into a RuntimeError.
    return isinstance(sent, (StopIteration, StopAsyncIteration)) and exc.__cause__ is sent


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager."""

    def __enter__(self):
        self._forget_factory()
        try:
            return next(self.gen)  # shown as line 135
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None  # shown as line 137

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)  # shown as line 142
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")  # shown as line 146
        if value is None:
            value = typ()  # the exception may be given as a bare class
        try:
            self.gen.throw(typ, value, traceback)  # shown as line 153
        except StopIteration as stop:
            # The generator handled the exception and returned: suppress it, unless the
            # exception was a StopIteration itself and it came straight back.
            return stop is not value
        except BaseException as raised:
            if not _is_same_failure(raised, value):
                raise
            # Let the original propagate, without the generator frame throw() added.
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")  # shown as line 185


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    async def __aenter__(self):
        self._forget_factory()
        try:
            return await anext(self.gen)  # shown as line 199
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None  # shown as line 201

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)  # shown as line 206
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")  # shown as line 210
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)  # shown as line 217
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if not _is_same_failure(raised, value):
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")  # shown as line 249


def contextmanager(func):
    """Turn a generator function that yields once into a context manager factory."""
    @_wraps(func)
    def factory(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return factory


def asynccontextmanager(func):  # noqa: the async twin of contextmanager
    """Turn an async generator function that yields once into an async manager factory."""
    @_wraps(func)
    def factory(*args, **kwargs):
        return _AsyncGeneratorContextManager(func, args, kwargs)
    return factory


# ---------------------------------------------------------------- small managers

class _Wrapping:
    """Base for managers built around one object, kept as `.thing`."""

    def __init__(self, thing):
        self.thing = thing


class closing(_Wrapping, AbstractContextManager):
    """Calls `thing.close()` on exit; the `with` target is `thing` itself."""

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()  # shown as line 340


class aclosing(_Wrapping, AbstractAsyncContextManager):
    """Awaits `thing.aclose()` on exit."""

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()  # shown as line 366


class _StreamSwap(AbstractContextManager):
    """Temporarily replaces one of sys's streams; re-entrant thanks to a stack of saved ones."""

    _stream = None  # attribute of sys, set by subclasses

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target

    def __exit__(self, *ignored):
        previous = self._saved.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_StreamSwap):
    """Send sys.stdout to another file-like object inside the block."""
    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Send sys.stderr to another file-like object inside the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._swallowed = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_class, exc, tb):
        # Returning True tells the interpreter the exception was handled.
        if exc_class is None:
            return False
        return issubclass(exc_class, self._swallowed)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager that does nothing, for code that only sometimes needs one."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result  # what `as` binds to

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *ignored):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *ignored):
        pass


# ---------------------------------------------------------------- exit stacks

def _bound_exit(cm, method):
    """The exit callback for a manager: its type's exit method bound to the instance."""
    return MethodType(method, cm)


def _callback_as_exit(callback, args, kwds):
    """Adapts a plain callback to the (type, value, traceback) exit signature."""
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)  # shown as line 449
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


def _async_callback_as_exit(callback, args, kwds):
    # The callback's result is ignored: it cannot suppress.
    async def _exit_wrapper(exc_type, exc, tb):
        await callback(*args, **kwds)  # shown as line 608
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


def _chain_context(raised, previous, frame_exc):
    """Make `previous` the context at the root of `raised`'s chain, as if the callbacks
    had been nested `with` blocks (stopping at the exception already being handled)."""
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is previous:
            return  # already chained (or nothing to attach to)
        if ctx is frame_exc:
            break
        node = ctx
    node.__context__ = previous


class _StackCore:
    """Callback bookkeeping shared by ExitStack and AsyncExitStack. Each entry is
    (is_sync, exit_callable); they run last-in, first-out."""

    def __init__(self):
        self._exit_callbacks = _deque()

    def pop_all(self):
        """Move every registered callback to a new stack, leaving this one empty."""
        fresh = type(self)()
        fresh._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return fresh

    def push(self, exit):
        """Register an exit: a context manager's __exit__ or a callable of the same shape."""
        exit_type = type(exit)
        try:
            method = exit_type.__exit__
        except AttributeError:
            self._remember(exit)
        else:
            self._remember(_bound_exit(exit, method))
        return exit  # so push() can be used as a decorator

    def enter_context(self, cm):
        """Enter `cm` and schedule its __exit__; returns what __enter__ returned."""
        # Looked up on the type, as the `with` statement does; __exit__ first.
        _cm_type = type(cm)
        _exit = _cm_type.__exit__  # shown as line 491
        result = _cm_type.__enter__(cm)  # shown as line 492
        self._remember(_bound_exit(cm, _exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Schedule `callback(*args, **kwds)`; it cannot suppress exceptions."""
        wrapper = _callback_as_exit(callback, args, kwds)
        self._remember(wrapper)
        return callback

    def _remember(self, exit_fn, is_sync=True):
        self._exit_callbacks.append((is_sync, exit_fn))


class ExitStack(_StackCore, AbstractContextManager):
    """Combine any number of context managers and cleanup callbacks in one `with`."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        # The calls and the final raise stay in this frame: tracebacks show it there.
        unwinding = _Unwinding(self, exc_details)
        while unwinding.more():
            is_sync, cb = unwinding.next_callback()
            assert is_sync
            exc_details = unwinding.details
            try:
                if cb(*exc_details):  # shown as line 561
                    unwinding.handled()
            except:
                unwinding.failed()
        if unwinding.raising:
            exc_details = unwinding.details
            context = exc_details[1].__context__
            try:
                raise exc_details[1]  # shown as line 576
            except BaseException:
                # Raising inside this handler overwrote the chain _Unwinding built.
                exc_details[1].__context__ = context
                raise
        return unwinding.result()

    def close(self):
        """Run all the callbacks now, as on leaving the `with` block."""
        self.__exit__(None, None, None)  # shown as line 584


class _Unwinding:
    """One pass over a stack's callbacks on exit. The exception state moves from callback
    to callback the way it would through nested `with` statements: a callback returning
    true clears it, a callback raising replaces it."""

    def __init__(self, stack, details):
        self.stack = stack
        self.details = details
        self.had_exception = details[0] is not None
        # The exception the caller is already handling ends implicit context chains.
        self.outer = sys.exc_info()[1]
        self.suppressed = False
        self.raising = False

    def more(self):
        return bool(self.stack._exit_callbacks)

    def next_callback(self):
        return self.stack._exit_callbacks.pop()

    def handled(self):
        """The callback returned true: the exception so far is dropped."""
        self.suppressed = True
        self.raising = False
        self.details = (None, None, None)

    def failed(self):
        fresh = sys.exc_info()
        _chain_context(fresh[1], self.details[1], self.outer)
        self.raising = True
        self.details = fresh

    def result(self):
        """What __exit__ returns when no callback's exception is left to raise."""
        return self.had_exception and self.suppressed


class AsyncExitStack(_StackCore, AbstractAsyncContextManager):
    """ExitStack for `async with`: also accepts async managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enter an async manager and schedule its __aexit__."""
        _cm_type = type(cm)
        _exit = _cm_type.__aexit__  # shown as line 618
        result = await _cm_type.__aenter__(cm)  # shown as line 619
        self._remember(_bound_exit(cm, _exit), False)
        return result

    def push_async_exit(self, exit):
        """Like push(), for an async manager or a coroutine function."""
        try:
            method = type(exit).__aexit__
        except AttributeError:
            self._remember(exit, False)
        else:
            self._remember(_bound_exit(exit, method), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedule `await callback(*args, **kwds)`."""
        self._remember(_async_callback_as_exit(callback, args, kwds), False)
        return callback

    async def aclose(self):
        """Run all the callbacks now."""
        await self.__aexit__(None, None, None)  # shown as line 656

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        # As ExitStack.__exit__, awaiting the asynchronous callbacks.
        unwinding = _Unwinding(self, exc_details)
        while unwinding.more():
            is_sync, cb = unwinding.next_callback()
            exc_details = unwinding.details
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)  # shown as line 695
                else:
                    cb_suppress = await cb(*exc_details)  # shown as line 697
                if cb_suppress:
                    unwinding.handled()
            except:
                unwinding.failed()
        if unwinding.raising:
            exc_details = unwinding.details
            context = exc_details[1].__context__
            try:
                raise exc_details[1]  # shown as line 714
            except BaseException:
                exc_details[1].__context__ = context
                raise
        return unwinding.result()
