# Generators and coroutines cannot be copied: object.__reduce_ex__ refuses types that
# cannot make instances.
import copy


def gen():
    yield 1


async def coro():
    pass


for obj in (gen(), coro(), (x for x in [])):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(obj)
        except TypeError as e:
            print(f.__name__, type(obj).__name__, '->', e)
    try:
        obj.__reduce_ex__(4)
    except TypeError as e:
        print('__reduce_ex__ ->', e)
    if type(obj).__name__ == 'coroutine':
        obj.close()


class Plain:
    def __init__(self):
        self.items = [1, 2]


p = copy.copy(Plain())
print(type(p).__name__, p.items)
print(copy.deepcopy([gen.__name__, (1, 2)]))
