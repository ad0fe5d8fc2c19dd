def f(a):
    return f"""
{a}
{a!r}
"""
