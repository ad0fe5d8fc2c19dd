try:
    b"\xff\xfe abc".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object[:3])
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
raise UnicodeError("generic unicode problem")
