if ((c.y is 
's') < cm
     .attr
   >
          c
 ): x = 1
with a:
    while True:
        with y as b, c:
            x
            for b[0] in [obj
           , (w2 := a
        )
  ]:
                b[(-'a' * 3)]
                it += y.x
        a -= b.m
        assert [*{cm: a},
          None
     ], x.m(*b[it])
    else:
        from ..m import (a
   as
    b
            ,
        c)
    @a.b
    async def fn4(a, b=1):
        def fn3(a, /, b, *, c=
   2):
            assert {**cm
      .m,
       'k': data.y
        }
            while not a:
                f'lit{(obj + 1):.2f}{x:>10}'
                return
            else:
                del obj.attr
                x.attr
                pass
        pass
        c: list[int]
    data //= ((lambda p,
      /, q: obj), obj,
          )
