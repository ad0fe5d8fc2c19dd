class C:
    import os
    from sys import path
