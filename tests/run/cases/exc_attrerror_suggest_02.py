import collections
d = collections.OrderedDic()
