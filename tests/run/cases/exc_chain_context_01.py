def load():
    try:
        int("abc")
    except ValueError:
        raise RuntimeError("could not load config")
load()
