import sys
if sys:
    pass
else:
    for i in range(1):
        while i:
            with open("f") as f:
                try:
                    pass
                except Exception:
                    pass
                else:
                    pass
                finally:
                    deep: int = 1
