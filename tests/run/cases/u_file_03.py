import json, os

FNAME = "u_file_03.json"
data = {"users": [{"id": 1, "name": "Ann", "roles": ["admin"]}, {"id": 2, "name": "Bo", "roles": []}],
        "version": 2, "active": True, "ratio": 0.25, "note": None}
with open(FNAME, "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open(FNAME) as f:
    text = f.read()
print(text)
loaded = json.loads(text)
print(loaded == data, type(loaded["users"]).__name__)
loaded["users"].append({"id": 3, "name": "Cé", "roles": ["dev", "ops"]})
print(json.dumps(loaded["users"][-1]))
print(json.dumps(loaded["users"][-1], ensure_ascii=False))
print(json.dumps([1, 2.0, "x", None, True, (3, 4)], separators=(",", ":")))
os.remove(FNAME)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps({"s": {1, 2}})
except Exception as e:
    print(f"{type(e).__name__}: {e}")
