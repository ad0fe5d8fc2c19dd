header = b"GET "
request = header + "/" b"index.html"
