"""Module doc."""
from __future__ import annotations
import os
import os.path
import os.path as osp
import xml.etree.ElementTree as ET
import sys, json as j, collections.abc
from os import path
from os import path as p, sep
from os.path import (join,
                     exists as ex)
from collections import *
from . import sibling
from .. import parent
from .mod import name
from ..pkg.mod import name as n2
from ... import grand
from .... import great
from .a.b.c import (d, e as f,)
