class ValidationError(ValueError):
    def __str__(self):
        return f"invalid: {self.args[0]!r}"
try:
    raise ValidationError("bad input")
except ValueError as e:
    print(e, repr(e))
raise ValidationError("final")
