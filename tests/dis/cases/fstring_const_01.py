a = f"plain"
b = f"{{braces}}"
c = f"" "x" f""
