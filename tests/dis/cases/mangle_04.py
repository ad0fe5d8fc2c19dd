class C:
    def f(self):
        import __foo
        import __bar.__baz
        from __mod import __name
        return __foo, __bar, __name
