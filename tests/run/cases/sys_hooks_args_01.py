# Argument errors of this round's sys functions and members (messages as CPython's).
import sys, types
calls = [lambda: sys.getsizeof(), lambda: sys.excepthook(), lambda: sys.unraisablehook(),
         lambda: sys.set_coroutine_origin_tracking_depth(),
         lambda: sys.set_coroutine_origin_tracking_depth(1, 2),
         lambda: sys.get_coroutine_origin_tracking_depth(1),
         lambda: sys.getsizeof(1, 2, 3), lambda: sys.unraisablehook(1),
         lambda: types.CoroutineType.cr_origin.__get__(1)]
for f in calls:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
