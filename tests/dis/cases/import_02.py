import os.path as osp
import collections.abc as cabc
import json as j
