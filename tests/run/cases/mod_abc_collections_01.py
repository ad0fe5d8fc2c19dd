from abc import ABC, abstractmethod
from collections import abc, deque, namedtuple, OrderedDict, defaultdict
import copy
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(iter([]), abc.Iterator))
print(isinstance((x for x in []), abc.Generator), isinstance(5, abc.Hashable), isinstance(len, abc.Callable))
print(issubclass(dict, abc.MutableMapping), isinstance("s", abc.MutableSequence), isinstance({1}, abc.Set))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
d = deque(range(5), maxlen=3)
print(d, d.maxlen, copy.copy(d), deque())
P = namedtuple("P", "x y")
print(copy.deepcopy([P(1, [2])]), P(1, 2)._replace(y=5))
od = OrderedDict(a=1)
print(od, OrderedDict(), copy.copy(od))
dd = defaultdict(list, {"k": [1]})
print(copy.deepcopy(dd), defaultdict(None))
