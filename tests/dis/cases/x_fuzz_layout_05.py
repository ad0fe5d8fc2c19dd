async def main0(a, b=None, *
  args, **kw
  ):
    with c as (p, q), cm as data:
        if (-b[::it
          ]
  ):
            async with obj, it as y, data:
                for i in y.y:
                    try:
                        (not
    x.x
      )
                        a[0
            ]
                    finally:
                        it += it.x
                        ''
        elif y.attr:
            async with a as a:
                import os
                async def fn4(a, /
           , b,
           *, c=2):
                    pass
                    yield 1
        if (10
          ** 3, y.y
           ,
            ): x = 1
async def main6(a, b=None
  , *args,
     **kw):
    if ((await y.y)
           ,): print(x); y = 2
    yield
