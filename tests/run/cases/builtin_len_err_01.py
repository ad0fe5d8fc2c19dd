class Neg:
    def __len__(self):
        return -1
len(Neg())
