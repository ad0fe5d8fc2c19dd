import warnings, sys, io
print(warnings.formatwarning("msg", UserWarning, "file.py", 3), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, line="  code()  "), end="")
wm = warnings.WarningMessage("m", UserWarning, "f.py", 2)
print(str(wm))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn(RuntimeWarning("two"))
    warnings.warn("three", SyntaxWarning, stacklevel=1)
    warnings.warn_explicit("four", UserWarning, "x.py", 7, module="mod")
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw: pass
    except RuntimeError as e: print("RuntimeError:", e)
try: warnings.catch_warnings().__exit__()
except RuntimeError as e: print("RuntimeError:", e)
for call in (lambda: warnings.filterwarnings("bogus"), lambda: warnings.filterwarnings("ignore", message=1),
             lambda: warnings.filterwarnings("ignore", category=int), lambda: warnings.simplefilter("ignore", lineno=-1),
             lambda: warnings.warn("x", category=int)):
    try: call()
    except (AssertionError, TypeError) as e: print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings("error", message="bad.*", category=UserWarning)
    warnings.filterwarnings("ignore", module="__main__", lineno=1)
    warnings.simplefilter("module", append=True)
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[-1][0])
    try: warnings.warn("Bad thing")
    except UserWarning as e: print("raised", e)
    old = sys.stderr; sys.stderr = io.StringIO()
    for i in range(3): warnings.warn("mod once")
    warnings.warn("good thing")
    out = sys.stderr.getvalue(); sys.stderr = old
    print(out.count("mod once"), out.count("good thing"))
with warnings.catch_warnings():
    seen = []
    warnings.showwarning = lambda *a: seen.append((str(a[0]), a[1].__name__, a[3]))
    warnings.simplefilter("always")
    warnings.warn("custom hook")
    print(seen)
with warnings.catch_warnings():
    warnings.formatwarning = lambda m, c, f, l, line=None: "FMT %s %s\n" % (m, c.__name__)
    warnings.simplefilter("always")
    old = sys.stderr; sys.stderr = io.StringIO()
    warnings.warn("formatted")
    out = sys.stderr.getvalue(); sys.stderr = old
    print(repr(out))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3): warnings.warn("o1"); warnings.warn("o1", RuntimeWarning)
    print(len(log))
print(warnings.defaultaction, [f[0] for f in warnings.filters], warnings.onceregistry is not None)
