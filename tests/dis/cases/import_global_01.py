def f():
    global os
    import os
