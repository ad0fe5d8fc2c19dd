class B:
    def __init__(self, *args):
        super().__init__()
        super(B, self).__init__()
