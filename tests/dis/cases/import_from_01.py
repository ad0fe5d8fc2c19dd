from os import path
from os.path import join, exists as ex
from collections import (OrderedDict,
                         defaultdict)
