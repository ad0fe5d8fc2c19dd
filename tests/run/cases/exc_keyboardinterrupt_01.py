try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("caught KI")
def work():
    raise KeyboardInterrupt("simulated")
work()
