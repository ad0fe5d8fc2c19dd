if x: pass
if x: ...
if not x: pass
if a < b: pass
if x and y: pass
if x: pass
elif y: pass
def f():
    for a in b:
        if x: pass
def g():
    if x: pass
