[*-
     1, f'\n{c = }lit{a:{w}}']
async def main6(a, b=None,
     *args
      ,
         **
   kw):
    def outer2(nl_b
     =
            0):
        x = {y
       .attr: {True: y.attr
      , True: it}, [c]: (-a),
   (w1 := 'a' * 3
       )
   :
            (data
          .y
      / it)}
        def inner():
            nonlocal nl_b
            nl_b = y[data:c
          .x
        :]
            from . import rel
            raise ValueError(f'{c[0] = }')
            raise
        return inner, obj
    cm *= (w1 := x)
a.attr
