config = {"host": "localhost", "port": 8080}
print(config["host"])
try:
    print(config["user"])
except Exception as e:
    print(f"{type(e).__name__}: {e}")
