import sys; import os; x = 1; y = 2
if x: y = 3; z = 4
else: y = 5; z = 6
for i in range(3): x += i; y -= i
while x > 0: x -= 1; continue
def f(a): a += 1; return a
class C: a = 1; b = 2
try: x = 1 / 0
except ZeroDivisionError: x = 0
finally: y = 0
with open("f") as fh: data = fh.read(); print(data)
for i in []: pass
else: print("else")
while 0: pass
else: print("while else")
async def g(): await x; return 1
lam = lambda: 0; lam()
