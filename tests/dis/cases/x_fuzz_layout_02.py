obj.y
async def main2(a, b=
       None
          , *args, **kw):
    def outer0(nl_cm=
            0):
        y = [*
      {}, (w2 := 10 **
         3
  )]
        def inner():
            nonlocal nl_cm
            nl_cm += a.y
            with cm, x, data as c:
                with cm as (p,
         q):
                    with data as b, data, cm as (p
   , q):
                        assert [], (b
        .y and a
     .y)
                        raise ValueError
                    while not a:
                        del b[0
    ]
                        {it}
                    else:
                        del c
                        (cm(c
.x, obj.attr, k
=a
    .y),
          {-1: b, obj.y: data
    }
,)
                        del cm
                    (1, (2,
       'x'))
                for cm, a in cm:
                    with data as (p, q
 ), c as (p, q):
                        del it.attr
        return inner, x
