def f():
    try:
        g()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        return e
    except Exception as exc:
        raise RuntimeError("wrapped") from exc
