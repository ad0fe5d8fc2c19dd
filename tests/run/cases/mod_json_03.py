import json
text = '''{
  "users": [
    {"id": 1, "name": "a"},
    {"id": 2, "name": "b"}
  ]
}'''
doc = json.loads(text)
print([u["name"] for u in doc["users"]], json.dumps(doc["users"][0]))
print(json.loads('"\\u00e9\\n"'), json.loads("123"), json.loads(" 1.5e3 "))
try:
    json.loads('{"a": 1,}')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e)
