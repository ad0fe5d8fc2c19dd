class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(f"[{code}] {message}")
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "page missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
def lookup(key):
    raise NotFound(404, f"no {key}")
lookup("user")
