name = "world"
width = 10
msg = f"""
Hello {name!r:>{width}}
  {
    name.upper()
  }
done {width
      + 1}
"""
msg2 = (f"a{name}"
        f"b{width}"
        "c"
        f"{name=}")
msg3 = f"{'x' if name else 'y'}" \
       f"{[n for n in name]}"
msg4 = f'''{
name
!r}'''
print(msg, msg2, msg3, msg4)
