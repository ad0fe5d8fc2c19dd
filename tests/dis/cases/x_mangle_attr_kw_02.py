class K:
    def __init__(self, *, __secret=0, **__kw):
        self.__secret = __secret
        self.__dict__.update(__kw)

    def call(self, f):
        return f(__secret=1, x=self.__secret)

    def annotated(self, __a: "__T", b: __T2 = None) -> __R:
        __local: __LT = 1
        return __local

    async def acoro(self):
        async with self.__cm as __c:
            async for __i in self.__ait:
                await self.__aw
        return [__e async for __e in self.__ait]

    def deleting(self):
        del self.__secret
        __x = 1
        del __x
        try:
            pass
        except Exception as __exc:
            pass

    def nonlocals(self):
        __n = 0
        def inner():
            nonlocal __n
            __n += 1
            return __n
        return inner
