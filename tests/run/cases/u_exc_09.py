# Custom exception hierarchy with error codes and a handler table
class HTTPError(Exception):
    status = 500
    message = "Internal Server Error"

    def __init__(self, detail=None):
        self.detail = detail
        super().__init__(detail or self.message)

    def response(self):
        body = f"{self.status} {self.message}"
        return body + (f" ({self.detail})" if self.detail else "")

class ClientError(HTTPError):
    status = 400
    message = "Bad Request"

class NotFound(ClientError):
    status = 404
    message = "Not Found"

class Unauthorized(ClientError):
    status = 401
    message = "Unauthorized"

ROUTES = {"/": "home", "/admin": None}

def dispatch(path, user=None):
    if path not in ROUTES:
        raise NotFound(path)
    if ROUTES[path] is None and user is None:
        raise Unauthorized()
    if path == "/admin":
        raise HTTPError("database offline")
    return f"200 OK {ROUTES[path]}"

for path, user in [("/", None), ("/x", None), ("/admin", None), ("/admin", "root")]:
    try:
        print(dispatch(path, user))
    except ClientError as e:
        print("client:", e.response(), "|", e)
    except HTTPError as e:
        print("server:", e.response())
print([c.__name__ for c in NotFound.__mro__])
print(NotFound.status, ClientError().status, str(ClientError()))
raise NotFound("/missing")
