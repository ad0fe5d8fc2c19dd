class Config:
    DEBUG = False
    LEVELS = ("low", "mid", "high")
    _registry = {}

    def __init__(self, name, level="mid"):
        if level not in self.LEVELS:
            raise ValueError(f"level must be one of {self.LEVELS}, got {level!r}")
        self.name = name
        self.level = level
        type(self)._registry[name] = self

    @classmethod
    def get(cls, name):
        return cls._registry[name]

    @classmethod
    def names(cls):
        return sorted(cls._registry)

class DevConfig(Config):
    DEBUG = True

a = Config("prod")
b = DevConfig("dev", "high")
print(Config.names(), DevConfig.names(), a.DEBUG, b.DEBUG)
print(Config.get("dev") is b, type(Config.get("dev")).__name__)
print(getattr(Config, "DEBUG"), getattr(b, "level"))
setattr(Config, "TIMEOUT", 30)
print(b.TIMEOUT, hasattr(DevConfig, "TIMEOUT"))
print([k for k in vars(Config) if not k.startswith("__")])
print(DevConfig.__bases__, DevConfig.__base__, Config.__subclasses__())
try:
    Config("x", "extreme")
except ValueError as e:
    print(e)
Config.get("staging")
