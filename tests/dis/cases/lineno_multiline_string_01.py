s = """line one
line two
line three"""
t = s + """
more"""
