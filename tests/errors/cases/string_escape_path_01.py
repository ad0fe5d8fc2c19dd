import os
path = "C:\Users\bob\notes.txt"
print(os.path.exists(path))
