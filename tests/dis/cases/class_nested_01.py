class Outer:
    class Inner:
        class Deep:
            x = 1
    y = Inner.Deep.x
