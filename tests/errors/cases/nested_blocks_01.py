# 21 nested loops: more than CPython's 20 statically nested blocks.
def f(b):
    for a in b:
        for a in b:
            for a in b:
                for a in b:
                    for a in b:
                        for a in b:
                            for a in b:
                                for a in b:
                                    for a in b:
                                        for a in b:
                                            for a in b:
                                                for a in b:
                                                    for a in b:
                                                        for a in b:
                                                            for a in b:
                                                                for a in b:
                                                                    for a in b:
                                                                        for a in b:
                                                                            for a in b:
                                                                                for a in b:
                                                                                    for a in b:
                                                                                        pass
