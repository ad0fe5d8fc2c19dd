def connect(host, *, port=80, timeout=None, **options):
    return f"{host}:{port} t={timeout} {sorted(options.items())}"
print(connect("a"))
print(connect("b", port=8080, retries=3, debug=True))
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1))
try:
    print(kwonly(b=1))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
