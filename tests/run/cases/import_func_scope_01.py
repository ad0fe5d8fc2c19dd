def use_json():
    import json
    return json.dumps({"a": 1})
print(use_json())
try:
    json
except NameError as e:
    print("NameError:", e)
import json as j2, math as m2
print(j2.loads("[1]"), m2.floor(2.5))
