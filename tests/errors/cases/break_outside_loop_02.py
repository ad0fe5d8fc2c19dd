for x in range(3):
    class C:
        break
