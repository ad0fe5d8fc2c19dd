import sys
print("partial", end="")
sys.stdout.write(" line")
sys.exit(256 + 2)
