import dis, io, json, types
exec(open('snippets.py').read())

def const(c):
    t = type(c)
    if c is None: return ['None']
    if c is Ellipsis: return ['Ellipsis']
    if t is bool: return ['Bool', c]
    if t is int: return ['Int', str(c)]
    if t is float: return ['Float', c.hex()]
    if t is complex: return ['Complex', c.real.hex(), c.imag.hex()]
    if t is str: return ['Str', [ord(ch) for ch in c]]
    if t is bytes: return ['Bytes', list(c)]
    if t is tuple: return ['Tuple', [const(x) for x in c]]
    if t is frozenset: return ['FrozenSet', [const(x) for x in c]]
    if t is types.CodeType: return ['Code', code(c)]
    raise TypeError(t)

def code(co):
    return dict(argcount=co.co_argcount, posonlyargcount=co.co_posonlyargcount,
        kwonlyargcount=co.co_kwonlyargcount, nlocals=co.co_nlocals, stacksize=co.co_stacksize,
        flags=co.co_flags, code=list(co.co_code), consts=[const(c) for c in co.co_consts],
        names=list(co.co_names), varnames=list(co.co_varnames), freevars=list(co.co_freevars),
        cellvars=list(co.co_cellvars), filename=co.co_filename, name=co.co_name,
        firstlineno=co.co_firstlineno, linetable=list(co.co_linetable))

def dis_text(co):
    buf = io.StringIO()
    dis.dis(co, file=buf)
    return buf.getvalue()

out = {}
for name, src in SNIPPETS.items():
    co = compile(src, 't.py', 'exec')
    out[name] = dict(code=code(co), dis=dis_text(co))
# synthetic ones
base = compile("def f(x):\n    return x\n", 't.py', 'exec').co_consts[0]
synth = {
    'nolines': base.replace(co_linetable=b''),
    'unknown_op': base.replace(co_code=bytes([200, 5, 1, 0, 6, 0, 144, 1, 144, 2, 102, 0, 124, 0]), co_linetable=bytes([2, 1, 12, 0x80])),
    'lines_none': base.replace(co_code=bytes([9, 0]*6 + [124, 0, 83, 0]), co_linetable=bytes([2, 0x80, 4, 2, 0, 0x80, 4, 0xff, 2, 1, 2, 0x80, 2, 0])),
}
for name, co in synth.items():
    out[name] = dict(code=code(co), dis=dis_text(co), single=True)
json.dump(out, open('fixtures.json', 'w'))

