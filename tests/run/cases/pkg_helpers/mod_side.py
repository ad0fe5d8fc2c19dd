print("mod_side executed")
count = 1
