def factory():
    class Local:
        def method(self):
            return Local
    return Local
