print("helper_mod loading, __name__ =", __name__)
NAME = "helper"
counter = 0
def greet(who):
    global counter
    counter += 1
    return f"hello {who} from {__name__}"
