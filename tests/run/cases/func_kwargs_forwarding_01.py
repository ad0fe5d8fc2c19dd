def base(a, b=2, *, c=3):
    return f"a={a} b={b} c={c}"
def wrapper(*args, **kwargs):
    kwargs.setdefault("c", 30)
    return base(*args, **kwargs)
print(wrapper(1), wrapper(1, 5), wrapper(1, c=0), wrapper(a=9, b=8))
def collect(**kw):
    return sorted(kw.items())
print(collect(x=1, **{"y": 2}, z=3))
