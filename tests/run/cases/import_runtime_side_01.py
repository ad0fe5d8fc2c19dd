import pkg_helpers.mod_side
import pkg_helpers.mod_side
from pkg_helpers.mod_side import count
print(count)
