# comment at top


# another



def f():
    # comment inside

    x = 1   # trailing


    # more

    return x
    # after return



class C:

    # only comments


    y = 2



    def m(self):

        pass
# trailing comment without newline at eof
