assert True
assert 1, "never"
