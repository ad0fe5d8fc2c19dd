print(sum(["a", "b"], ""))
