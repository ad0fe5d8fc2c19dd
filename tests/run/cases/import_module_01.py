from pkg_helpers import helper_mod
print(helper_mod.NAME, helper_mod.greet("x"), helper_mod.__name__)
import pkg_helpers.helper_mod as hm
print(hm is helper_mod, hm.counter)
from pkg_helpers.helper_mod import greet, NAME as N
print(greet("y"), N)
import os
print(os.path.basename(helper_mod.__file__))
