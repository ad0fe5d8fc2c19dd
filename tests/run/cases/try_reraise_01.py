def work():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    work()
except KeyError as e:
    print("caught again:", e)
work()
