import os
import sys, re
import os.path
