import json
print(json.dumps({"a": [1, {"b": None}], 2: 3.0, None: True, 1.5: "x"}))
print(json.dumps([[], {}, [[]]], indent=4), json.dumps({"z": 1, "a": 2}, sort_keys=True, indent="\t"))
print(json.dumps("tab\there \"q\" \\ \x01 \u2603 \U0001F600"), json.dumps("\u2603", ensure_ascii=False))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.loads('[1e2, -0, -1.5E-3, 10000000000000000000000]'))
print(json.loads('{"a": {"b": [true, false, null]}}', object_pairs_hook=list))
print(json.loads("NaN"), json.loads("[-Infinity]"), json.loads("12", parse_int=float))
for bad in ['', '[1, 2', '{"a" 1}', '[1 2]', '"abc', '{"a": 1} x', '[01]', '"\\x"', 'tru', '\n\n  @']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
for obj in [{(1, 2): 3}, object(), float("nan")]:
    try:
        print(json.dumps(obj, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
