class AppError(Exception):
    """Base class for application errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFoundError(AppError):
    pass

class PermissionDenied(AppError):
    code = 403

def handle(op):
    if op == "validate":
        raise ValidationError("email", "missing @")
    if op == "find":
        raise NotFoundError("user 42")
    if op == "perm":
        raise PermissionDenied()
    if op == "zero":
        return 1 / 0
    return "ok"

for op in ["validate", "find", "perm", "zero", "fine"]:
    try:
        result = handle(op)
    except ValidationError as e:
        print("validation:", e, "| field =", e.field)
    except (NotFoundError, PermissionDenied) as e:
        print(type(e).__name__, repr(e), getattr(e, "code", None))
    except AppError:
        print("generic app error")
    except Exception as e:
        print("unexpected:", type(e).__name__, e)
    else:
        print("result:", result)
    finally:
        print("done", op)
print(issubclass(ValidationError, AppError), AppError.__doc__)
print(ValidationError.__mro__)
print(str(PermissionDenied()), repr(NotFoundError("a", 1)))
raise ValidationError("age", "must be >= 0")
