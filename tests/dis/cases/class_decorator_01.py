import dataclasses
@dataclasses.dataclass
class C:
    x: int
    y: int = 0
@dataclasses.dataclass(frozen=True)
class D:
    z: str = ""
