class ConfigError(Exception):
    pass

def parse_port(value):
    try:
        port = int(value)
    except ValueError as e:
        raise ConfigError(f"invalid port {value!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port

def load(cfg):
    try:
        return parse_port(cfg["port"])
    except KeyError:
        raise ConfigError("missing 'port'")

for cfg in [{"port": "8080"}, {"port": "http"}, {"port": "70000"}, {}]:
    try:
        print("port", load(cfg))
    except ConfigError as e:
        print("ConfigError:", e)
        print("  cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("wrapped") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
load({"port": "abc"})
