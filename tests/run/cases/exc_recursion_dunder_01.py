class A:
    def __init__(self):
        A()
try:
    A()
except RecursionError as e:
    print("init", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", e)
class E:
    def __eq__(self, o):
        return self == o
try:
    E() == E()
except RecursionError as e:
    print("eq", e)
class H:
    def __hash__(self):
        return hash(self)
try:
    hash(H())
except RecursionError as e:
    print("hash", e)
class S:
    def __str__(self): return str(self)
try: str(S())
except RecursionError as e: print("str", e)
class L:
    def __len__(self): return len(self)
try: len(L())
except RecursionError as e: print("len", e)
class I:
    def __iter__(self): return iter(self)
try: iter(I())
except RecursionError as e: print("iter", e)
class C:
    def __call__(self): return self()
try: C()()
except RecursionError as e: print("call", e)
class Gi:
    def __getitem__(self, o): return self[o]
try: Gi()[1]
except RecursionError as e: print("getitem", e)
