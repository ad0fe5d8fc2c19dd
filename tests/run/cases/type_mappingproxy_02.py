import types
class A:
    x = 1
p = A.__dict__
A.y = 2
print('y' in p, p['x'], p.get('zz', 5), len(p) > 2, type(p), list(p)[:2])
try: p['x'] = 3
except TypeError as e: print(e)
try: del p['x']
except TypeError as e: print(e)
m = types.MappingProxyType({'a': 1})
print(m, str(m), m == {'a': 1}, m | {'b': 2}, m.copy(), list(m.items()))
try: types.MappingProxyType([1])
except TypeError as e: print(e)
try:
    m |= {}
except TypeError as e: print(e)
print(repr(type.__dict__['__dict__'])[:30], sorted(A.__dict__.keys()))
class E(Exception): pass
print(sorted(E.__dict__))
class I(int): pass
print(sorted(I.__dict__))
class S:
    __slots__ = ('a',)
print(sorted(S.__dict__))
class B(A): pass
print(sorted(B.__dict__), A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(A.__dict__['__dict__'].__get__(A()), A().__dict__)
class A: pass
try: del A.x
except AttributeError as e: print(e)
try: del A().x
except AttributeError as e: print(e)
try: del int.x
except (AttributeError, TypeError) as e: print(e)
except (AttributeError, TypeError) as e: print(e)
import math
try: del math.x
except AttributeError as e: print(e)
try: del {}[1]
except KeyError as e: print(e)
try: del (1,)[0]
except TypeError as e: print(e)
import types
for o, k in [((1,), 0), ((1,), 'a'), (5, 0), (object(), 'a'), (types.MappingProxyType({}), 'a'), (types.MappingProxyType({}), 0), ("s", 0), (frozenset(), 0)]:
    try: del o[k]
    except TypeError as e: print(e)
    try: o[k] = 1
    except TypeError as e: print(e)
