# Simple template engine and string methods
import string

tmpl = string.Template("Dear $name, your balance is $$${amount}. ${name}!")
print(tmpl.substitute(name="Ann", amount="12.50"))
print(tmpl.safe_substitute(name="Bob"))
try:
    tmpl.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   big  world"))

def render(template, ctx):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start == -1:
            out.append(template[i:])
            break
        end = template.find("}}", start)
        if end == -1:
            raise ValueError(f"unclosed tag at {start}")
        out.append(template[i:start])
        key = template[start + 2:end].strip()
        expr, _, filt = key.partition("|")
        val = ctx[expr.strip()]
        if filt.strip() == "upper":
            val = str(val).upper()
        out.append(str(val))
        i = end + 2
    return "".join(out)

print(render("Hi {{ name }}, you have {{n}} new {{ what|upper }}.", {"name": "Zed", "n": 3, "what": "messages"}))
print(render("no tags", {}))
try:
    render("{{ oops", {})
except ValueError as e:
    print(e)
print(render("{{ missing }}", {}))
