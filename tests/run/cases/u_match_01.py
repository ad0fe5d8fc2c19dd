def describe(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"picking up {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case _:
            return f"unknown: {cmd!r}"

for c in ["go north", "go", "go a b", "pick up lamp", "take sword", "drop a b c", "drop", "exit", "", "dance now"]:
    print(f"{c!r:16} -> {describe(c)}")

def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case int(n) if 500 <= n < 600:
            return "server error"
        case str():
            return "not a number"
        case _:
            return "other"

print([http(s) for s in (200, 201, 404, 503, "x", 302)])
