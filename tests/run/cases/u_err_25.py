import json
text = '{"name": "pyco", "version": 1'
try:
    config = json.loads(text)
except Exception as e:
    print(f"{type(e).__name__}: {e}")
