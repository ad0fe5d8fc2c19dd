def register(cls):
    return cls
@register
class A:
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        return cls
    @property
    def p(self):
        return 1
