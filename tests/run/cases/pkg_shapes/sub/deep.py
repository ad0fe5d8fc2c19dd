from .. import VERSION
from ..circle import area
def where():
    return __name__ + " in " + __package__
def parent_version():
    return VERSION, area(2)
