try:
    a: int = obj
except Exception as e:
    for i in [cm.x
            , data]:
        try:
            def outer1(nl_y
  =0):
                obj = a.attr
                def inner():
                    nonlocal nl_y
                    nl_y = x
                    a
                    if {}:
                        {i
           : cm.x for i
     in
        a.attr.m(b.x
           )}
                        x: list[int] = cm
                        assert (w2 := {}), data.attr.m({**data
  .x
      , 'k': a
       },
    (1, 2), 1j)
                    elif {data[obj.y]}:
                        y
                        (1, 2
         )
                    y
                return inner, obj
        finally:
            for x.attr in data[::
       ]:
                (-a.y)
                it: 'S' = f'{(c + 1) = }lit{it:>10}'
                x[x]
            else:
                break
                (cm
 ^ 
it
         [x::]
           )
                assert a.attr, (cm
        [a
     .y] or (...
    in it
            .y))
async def main4(a,
            b
          =None, *args, **kw
       ):
    class K2():
        b: int = (lambda p, /
        ,
         q: data
 )
        def outer2(nl_b=0
      ):
            y = (lambda : (lambda
          p: False))
            def inner():
                nonlocal nl_b
                nl_b += {k: cm.attr for k
   in ('a' * 3 <
         obj >
     a)
          if obj}
                assert a.y, (not
    '')
            return inner, obj
    yield
(not
        x
            )
if ((obj.x if 1j else y.y) -
        x.attr): print(x
        ); y = 2
