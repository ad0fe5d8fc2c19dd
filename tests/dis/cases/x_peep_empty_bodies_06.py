def a(): pass
def b(): ...
def c():
    """doc"""
def d():
    "doc"; pass
class E: pass
class F:
    ...
class G:
    """only doc"""
for i in range(3): pass
for i in range(3):
    pass
else:
    pass
while False: pass
with open(__file__): pass
try:
    pass
except:
    pass
try:
    pass
finally:
    pass
try:
    pass
except Exception:
    pass
else:
    pass
finally:
    pass
if a: pass
elif b: pass
else: pass
async def h():
    async for x in y: pass
    async with z: pass
lambda: None
