a = 1 < 2
b = "a" == "a"
c = 1 is 1
