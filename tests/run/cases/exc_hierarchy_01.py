for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError,
            RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, SystemExit,
            ModuleNotFoundError, UnboundLocalError, TabError, OverflowError, TimeoutError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
