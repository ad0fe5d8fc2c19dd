import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps([Point(1, 2)], default=encode))
print(json.loads('{"x": 1}', object_hook=lambda d: Point(**{k: v for k, v in d.items()}) if "x" in d and "y" in d else d))
print(json.loads('{"b": 1, "a": [1, {"c": null}]}'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
raise TypeError("done with json")
