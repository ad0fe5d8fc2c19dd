from .module import name
from .. import parent
from ..pkg.mod import a as b, c
from ... import grand
