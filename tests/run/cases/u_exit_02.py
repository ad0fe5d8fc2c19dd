import sys

def validate(cfg):
    missing = [k for k in ("host", "port") if k not in cfg]
    if missing:
        sys.exit(f"config error: missing {', '.join(missing)}")

print("validating")
try:
    validate({"host": "x"})
except SystemExit as e:
    print("caught SystemExit with code", repr(e.code))
validate({})
print("not reached")
