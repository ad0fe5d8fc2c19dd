f"""Not a docstring: f-string {1}"""
x = 1
