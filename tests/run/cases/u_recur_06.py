# Recursive descent JSON-ish pretty printer
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{pad}  {k!r}: {pretty(v, indent + 1)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = [pad + "  " + pretty(v, indent + 1) for v in obj]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    return repr(obj)

data = {"name": "pyco", "tags": ["rust", "python"], "meta": {"version": (3, 10), "ok": True, "none": None},
        "empty": {}, "nums": [1.5, -2, 3e20]}
print(pretty(data))

def count_keys(obj):
    if isinstance(obj, dict):
        return len(obj) + sum(count_keys(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return sum(count_keys(v) for v in obj)
    return 0

print(count_keys(data))
cyclic = {"a": 1}
cyclic["self"] = cyclic
print(cyclic)
try:
    print(pretty(cyclic))
except Exception as e:
    print(f"{type(e).__name__}: {e}")
