# gc.collect() in generator clean-up demos: the finally blocks of suspended generators
# that died have run already (reference counting), and collect() returns an int.
import gc


def resource(name):
    print('open', name)
    try:
        yield name
    finally:
        print('close', name)


r = resource('a')
print(next(r))
del r
print('collected:', type(gc.collect()).__name__)

r = resource('b')
print(next(r))
r = None
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.garbage, gc.callbacks)
print(len(gc.get_threshold()), len(gc.get_count()))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(e)
try:
    gc.collect('x')
except TypeError as e:
    print(e)
print(type(gc.collect(generation=0)).__name__)
