class C:
    async def m(self):
        return await self.n()
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        pass
