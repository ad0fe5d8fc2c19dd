try:
    import json
except ImportError:
    json = None
else:
    print("have json")
finally:
    print("checked")
