def compute():
    result_value = 42
    return reslt_value
compute()
