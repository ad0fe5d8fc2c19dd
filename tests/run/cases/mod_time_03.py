import time
t = time.gmtime(1700000000.75)
print(t, t.tm_yday, t.tm_wday, t[6], len(t), tuple(t)[:3])
print(time.strftime("%A %B %d %j %U %w %y %Y %H:%M:%S %p %%", t))
print(time.asctime(t), time.strftime("%Y", time.gmtime(0)))
print(isinstance(time.time_ns(), int), time.process_time() >= 0, time.monotonic_ns() > 0)
print(type(time.localtime()).__name__, time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
