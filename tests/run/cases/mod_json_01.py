import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "active": True, "spouse": None, "score": 9.5}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, json.loads('[1, 2.5, "x", true, false, null]'))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, "é", {"k": (1, 2)}]), json.dumps("é", ensure_ascii=False))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")), json.dumps(1e100), json.dumps(float("inf")))
