# Docstrings of the generator, coroutine and async generator methods, and the
# read-only attributes' errors (members say 'readonly attribute').
def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


g, c, a = gen(), coro(), agen()
print(g.send.__doc__)
print(type(g).throw.__doc__)
print(g.close.__doc__)
print(type(g).__next__.__doc__, '|', type(g).__iter__.__doc__)
print(type(g).gi_yieldfrom.__doc__, '|', type(g).gi_frame.__doc__)
print(c.send.__doc__)
print(type(c).__await__.__doc__, '|', type(c).cr_await.__doc__)
print(a.asend.__doc__, '|', type(a).athrow.__doc__, '|', a.aclose.__doc__)
print(type(a).__anext__.__doc__, '|', type(a).__aiter__.__doc__)
print(list.append.__doc__ is None or 'append' in list.append.__doc__.lower())
print([].append.__doc__ is None or 'append' in [].append.__doc__.lower())

for obj, names in ((g, ('gi_frame', 'gi_code', 'gi_running', 'gi_yieldfrom')),
                   (c, ('cr_frame', 'cr_code', 'cr_origin', 'cr_running', 'cr_await')),
                   (a, ('ag_frame', 'ag_code', 'ag_running', 'ag_await'))):
    for name in names:
        for op in ('set', 'del'):
            try:
                if op == 'set':
                    setattr(obj, name, None)
                else:
                    delattr(obj, name)
            except AttributeError as e:
                print(type(obj).__name__, name, op, '->', e)
c.close()
