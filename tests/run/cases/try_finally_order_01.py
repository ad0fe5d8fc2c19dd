log = []
def f():
    try:
        log.append("try")
        try:
            log.append("inner try")
            return "value"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(f(), log)
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                log.append(f"g inner {i}")
        finally:
            log.append(f"g outer {i}")
    return "g done"
log.clear()
print(g(), log)
