async def main0(a,
   b
  =None
      , *args
         , **kw):
    if (0
             - [*2.5,
           data
         ]):
        (obj.y if (1 - cm
.y) else {it
        , obj})
    else:
        class K0(object):
            cm[(not
            1j
            ):(lambda
         *a
,
           **k
      : False
         )
     :
      's']
            @deco
            def fn1(a
            ):
                return ((10 ** 3, x,
            it,
           ), [a], (a
  ,
   obj, y,),
    )
                for b, *cm in x[(lambda
      :
  'a' * 3
)]:
                    obj = data[(None and 
b)]
                    pass
                    continue
    if (-(yield)
): x = 1
    yield
x = data[::{**(1, (2, 'x')), 'k':
             data}]
