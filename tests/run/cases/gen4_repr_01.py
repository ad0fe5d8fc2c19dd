# Reprs with qualified names (addresses normalized by the test harness).
def main():
    def local_gen():
        yield
    print(local_gen())
    print((x for x in ()))
    print([x for x in ()], {x for x in ()})

class K:
    def m(self):
        yield
    async def am(self):
        pass

main()
print(K().m())
c = K().am()
print(c)
c.close()
print(type(K().m()), type(c))
