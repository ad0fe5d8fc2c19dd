def chain(*iterables):
    for it in iterables:
        yield from it
