scores = {"ann": 3, "bob": }
