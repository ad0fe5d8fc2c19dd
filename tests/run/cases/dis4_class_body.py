# The code of a class body, found among the module's constants, listed recursively.
import dis

src = '''
class Greeter:
    greeting = "hi"

    def greet(self, name):
        return f"{self.greeting}, {name}"
'''
module = compile(src, "<classes>", "exec")
dis.dis(module)
body = [c for c in module.co_consts if hasattr(c, "co_code")][0]
print(body.co_name, dis.pretty_flags(body.co_flags))
