import sys, io
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured line")
print("another", 42)
sys.stdout = old
print("restored; captured:", repr(buf.getvalue()))
print("err line", file=sys.stderr)
