# The opcode tables dis re-exports from the opcode module.
import dis
import opcode

print(len(dis.opname), dis.opname[:12])
print(dis.opname[100], dis.opname[255], dis.opmap["LOAD_CONST"], dis.opmap["GEN_START"])
print(len(dis.opmap), list(dis.opmap.items())[:5], list(dis.opmap)[-3:])
print(dis.cmp_op, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
for name in ["hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
             "hasfree", "hasnargs"]:
    values = getattr(dis, name)
    print(name, values, [dis.opname[op] for op in values], values is getattr(opcode, name))
print(dis.opmap is opcode.opmap, dis.opname is opcode.opname)
print(opcode.__all__)
print(dis.__all__)
print(dis.FORMAT_VALUE, dis.MAKE_FUNCTION, dis.MAKE_FUNCTION_FLAGS)
print(dis.FORMAT_VALUE_CONVERTERS)
print([op for op, name in enumerate(dis.opname) if name.startswith("<")][:10])
print(all(dis.opname[code] == name for name, code in dis.opmap.items()))
print(sorted(n for n in dis.opmap if dis.opmap[n] >= dis.HAVE_ARGUMENT)[:8])
