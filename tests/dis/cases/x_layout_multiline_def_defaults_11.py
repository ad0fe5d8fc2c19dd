def f(a=[
        1,
        2],
      b={
        "k": "v"},
      *,
      c=lambda:
        0,
      d: int = (
          3
      ),
      **kw) -> (
        dict):
    return a, b, c, d


async def g(
    x,
    /,
    y=(
        1
    ),
) -> \
        None:
    pass


class K:
    def m(self,
          a=f(),
          b=(yield_ := 1)):
        pass
