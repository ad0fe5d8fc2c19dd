def f():
    import os
    import os.path
    from sys import argv
    import xml.etree.ElementTree as ET
    return os, argv, ET
