from enum import Enum, IntEnum, Flag, auto
class Shape(Enum):
    CIRCLE = 'circle'
    SQUARE = 'square'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    @property
    def label(self):
        return self.value.title()
print(Shape('CIRCLE'), Shape.SQUARE.label, [s.name for s in Shape], Shape['SQUARE'].value)
try:
    Shape(3)
except ValueError as e:
    print(e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404), Status.OK < Status.NOT_FOUND, int(Status.OK), Status.OK.name, {Status.OK: 'fine'}[200])
print(max(Status), list(reversed(Status)), Status.__members__.keys())
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color.RED in Color.WHITE, Color.WHITE & Color.GREEN)
print(repr(~Color.RED), bool(Color.RED & Color.GREEN), Color(3))
class Weekday(Enum):
    MON = 1
    TUE = 2
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.TUE.next(), Weekday.MON is Weekday(1), Weekday.MON == 1)
day = Weekday.TUE
if day is Weekday.MON:
    print('monday')
elif day is Weekday.TUE:
    print('tuesday')
d = {Weekday.MON: 'a'}
print(d, str(Weekday.MON), f'{Weekday.MON!r}', isinstance(Weekday.MON, Enum), issubclass(Status, int))
