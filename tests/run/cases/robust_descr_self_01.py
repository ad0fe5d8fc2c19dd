tests = [
 "type(lambda:0).__dict__['__name__'].__get__(1)",
 "property.__dict__['fget'].__get__(1)",
 "type.__dict__['__name__'].__get__(1)",
 "int.__dict__['real'].__get__('x')",
 "type(range(1)).__dict__['start'].__get__(3)",
 "BaseException.__dict__['args'].__get__(3)",
 "str.__dict__['__len__'](3)",
 "list.__dict__['append'](3, 4)",
 "classmethod.__dict__['__func__'].__get__(3)",
]
for t in tests:
    try:
        eval(t)
        print("ok", t)
    except Exception as e:
        print(type(e).__name__, e)
