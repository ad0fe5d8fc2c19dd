class Config:
    DEFAULTS = {"a": 1}
    value = DEFAULTS["b"]
