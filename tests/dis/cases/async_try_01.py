async def f(a):
    try:
        await a
    except Exception:
        pass
    finally:
        await a.close()
