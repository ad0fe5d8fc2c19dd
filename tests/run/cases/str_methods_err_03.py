print("abc".center(9, "-"))
print("abc".center(9, "ab"))
