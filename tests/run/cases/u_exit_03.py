import sys
def goodbye(name):
    print(f"goodbye {name}")

try:
    try:
        sys.exit("nested")
    finally:
        goodbye("inner")
except SystemExit as e:
    print("caught", e.code, type(e).__mro__[1].__name__)
try:
    print("work")
    sys.exit(0)
finally:
    print("finally still runs")
