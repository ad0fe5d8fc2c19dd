{y.x
            : (b if c else y
     .x)
     , data[obj.x
     ::
           ]: (cm.y <= y is
      not obj), y.x:
     f'lit{(c + 1)!r}'}
async def main6(a
         , b=None, *args, **
       kw
     ):
    x
    {(c
    .x, obj
    ,): a
           .attr
 , 2.5:
         (data ^
   
y.x), y.m(*y.y): b
           .m}
async def main6(a,
          b
          =None
       , *args
   , **kw):
    @a.b
    async def fn1(a
, b=1
    ):
        b[:
      (y
       .attr or 
x.y):]
    from ..m import (a as
 b
 ,
   c
           )
