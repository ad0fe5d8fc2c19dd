import sys

h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, len(h), h.firstiter, h.finalizer, tuple(h))
for kwargs in ({"firstiter": 1}, {"finalizer": "x"}, {"other": None}):
    try:
        sys.set_asyncgen_hooks(**kwargs)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(None, None, None)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(print, firstiter=print)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(print, len)
h = sys.get_asyncgen_hooks()
print(h.firstiter is print, h[1] is len)
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer)
try:
    sys.set_asyncgen_hooks(firstiter=3, finalizer=repr)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks().finalizer is repr)
sys.set_asyncgen_hooks()
print(sys.get_asyncgen_hooks().firstiter is print)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
