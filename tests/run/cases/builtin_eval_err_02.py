def run():
    return eval("undefined_name + 1")
run()
