print("builtin exit")
exit(3)
