# Float formatting with precisions past 65535 (Rust's formatter limit): the digits past
# an f64's exact expansion are zeros.
def show(f):
    try:
        r = f()
        print(len(r), r[:30], r[-5:])
    except (ValueError, MemoryError, OverflowError) as e:
        print(type(e).__name__, e)

show(lambda: format(0.5, '.70000f'))
show(lambda: format(2.0 ** -1074, '.70000f'))
show(lambda: format(1.0 / 3, '.70000e'))
show(lambda: format(1e300, '.70000g'))
show(lambda: format(0.1, '.70000%'))
show(lambda: format(1, '.70000f'))
show(lambda: format(1 + 2j, '.70000f'))
show(lambda: '%.70000f' % 1.5)
show(lambda: '%.70000e' % -2.5)
show(lambda: '{0:.70000g}'.format(123.456))
show(lambda: format(1.5, '.2147483647f'))
d = format(2.0 ** -1074, '.2000f')
print(d.rstrip('0')[-20:], len(d.rstrip('0')))
