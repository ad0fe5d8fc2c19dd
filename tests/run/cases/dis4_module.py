# dis.dis of a module: its functions and classes, sorted by name.
import dis
import types

mod = types.ModuleType("shapes")
exec(
    "import math\n"
    "PI = 3.14\n"
    "def area(r):\n"
    "    return PI * r * r\n"
    "class Circle:\n"
    "    def __init__(self, r):\n"
    "        self.r = r\n"
    "def _private():\n"
    "    return area(1)\n",
    mod.__dict__,
)
dis.dis(mod)
