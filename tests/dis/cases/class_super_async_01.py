class Base:
    async def run(self):
        return 1
class Child(Base):
    async def run(self):
        return await super().run() + 1
