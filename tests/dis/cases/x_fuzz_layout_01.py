raise ValueError
async def main0(a, b=None
        ,
         *args
 , **kw
):
    async with cm, data as (p
    , q), b as y:
        cm: list[int]
    yield
try:
    class K1(object
           ):
        try:
            data, x = x
        except (KeyError,
        IndexError):
            try:
                cm: int
                {**True, 'k': cm}
                (1, (2
         , 'x')
     )
            except Exception as e:
                [f'{{{(it + 1):{w}}lit{(c + 1):.2f}}}{b[0]:{w}}', {obj.attr: None}, y[:'a' * 3], -1
        ]
            except ValueError:
                obj: int
                a: int = (1, (2,
         'x')
      )
            except:
                a
            else:
                [*
     a
, (... or y)]
                raise ValueError
            assert y.attr
        except ValueError:
            for y in f'{{{(y + 1)=:>{w}.{p}}\n{b!r:^{w}}':
                break
                raise ValueError
                raise ValueError(((x.y or x
   .x)
       is not
             x))
        raise ValueError
        import os.path as osp
    ([*(1, 2)
      , 10 ** 3
   ] >> (c.x is 
b >= c
   .attr
        is not y
         .y))
    x -= ({b.attr,
 10 ** 3} ^ f'lit{y:.2f}')
finally:
    for data, *c in (y.attr if a else
  it
            .attr):
        while not it:
            {x:
     cm
,
         0: a
   .attr}
        else:
            cm: 'S'
            raise KeyError from None
            obj
raise ValueError
