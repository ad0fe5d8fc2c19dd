for i in range(5):
    if i == 10:
        break
else:
    print("completed")
