def deep(x):
    for i0 in x:
        while x:
            try:
                with x as w3:
                    if x:
                        for i5 in x:
                            while x:
                                try:
                                    with x as w8:
                                        if x:
                                            for i10 in x:
                                                while x:
                                                    try:
                                                        with x as w13:
                                                            if x:
                                                                for i15 in x:
                                                                    while x:
                                                                        try:
                                                                            with x as w18:
                                                                                return x
                                                                        finally:
                                                                            pass
                                                    finally:
                                                        pass
                                finally:
                                    pass
            finally:
                pass
