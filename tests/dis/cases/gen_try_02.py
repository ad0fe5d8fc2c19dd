def gen():
    try:
        x = yield 1
    except GeneratorExit:
        return
    except ValueError as e:
        yield e
