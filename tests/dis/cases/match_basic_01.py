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

match command:
    case None:
        pass
    case True | False as b:
        print(b)
    case -1 | 1.5 | 2+3j | -4-5j:
        print("num")
    case x:
        print(x)
