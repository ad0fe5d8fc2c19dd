import datetime
now = datetime.datetime(2020, 1, 2, 3, 4, 5)
width = 12
def fmt(value, *, spec="", conv=None):
    return f"{value:{spec}}"
print(f"{now:%Y-%m-%d %H:%M}")
print(f"{now=:%H}")
print(f"{width:{width}}|{width:<{width}}|")
print(f"{'nested ' + f'{width:>{width // 2}}'}")
print(f"{width!r:{'>'}{width}}")
print(f"{3 + 4=}", f"{width * 2 = }")
print(f"""{
    width
    *
    2
}""")
print(f"{width:{width}.{width}}")
print(f"{[x for x in range(3)]}", f"{ {x for x in range(1)} }")
print(f"{(yield_ := 5)}", yield_)
print(f"{fmt(1, spec='>5')!r}")
print(F"upper {width}", Rf"raw \n {width}", fR"{width}\t", rb"\x", Br"\y")
print(f"\N{BULLET} {width}", f"\x41{width}\u00e9")
