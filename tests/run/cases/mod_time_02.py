import time
print(time.mktime(time.localtime(1000000)) == 1000000.0)
print(time.strftime("%a %b %d", time.gmtime(0)), time.asctime(time.gmtime(0)))
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)
