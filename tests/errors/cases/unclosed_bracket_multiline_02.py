print("start"
print("end")
