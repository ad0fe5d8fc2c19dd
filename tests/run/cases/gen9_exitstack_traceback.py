# ExitStack and AsyncExitStack frames in tracebacks (CPython's contextlib.py lines):
# callbacks, enter_context failures, close(), nested stacks, aclose, async exits;
# the last one is uncaught.
import contextlib
import traceback


class NoExit:
    def __enter__(self):
        return 1


class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        pass


class AsyncExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        raise KeyError("aexit")


def show(label, f):
    print("--", label)
    try:
        f()
    except Exception:
        traceback.print_exc()


def missing_exit():
    with contextlib.ExitStack() as st:
        st.enter_context(NoExit())


def enter_raises():
    with contextlib.ExitStack() as st:
        st.enter_context(BadEnter())


def close_runs_callback():
    st = contextlib.ExitStack()
    st.callback(lambda: 1 / 0)
    st.close()


def body_and_callback():
    with contextlib.ExitStack() as st:
        st.callback(int, "x")
        raise LookupError("body")


def suppressed():
    with contextlib.ExitStack() as st:
        st.push(lambda *a: True)
        st.callback(lambda: {}["k"])
    print("suppressed by push()")


def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        pass


async def async_exit():
    async with contextlib.AsyncExitStack() as st:
        await st.enter_async_context(AsyncExitRaises())


async def async_close():
    st = contextlib.AsyncExitStack()
    st.callback(lambda: 1 / 0)
    await st.aclose()


async def async_callback():
    async def cleanup():
        raise OSError("async cleanup")
    async with contextlib.AsyncExitStack() as st:
        st.push_async_callback(cleanup)


show("missing __exit__", missing_exit)
show("__enter__ raises", enter_raises)
show("close()", close_runs_callback)
show("body and callback", body_and_callback)
show("suppressed", suppressed)
show("async __aexit__", lambda: run(async_exit()))
show("aclose()", lambda: run(async_close()))
show("async callback", lambda: run(async_callback()))


def bad():
    raise ValueError("uncaught from a callback")


with contextlib.ExitStack() as st:
    st.callback(print, "plain callback runs")
    st.callback(bad)
