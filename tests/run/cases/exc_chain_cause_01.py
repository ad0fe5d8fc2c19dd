class ConfigError(Exception):
    pass
def parse(text):
    try:
        return {"port": int(text)}
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc
print(parse("80"))
parse("eighty")
