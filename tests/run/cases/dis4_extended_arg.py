# More than 256 constants/names: EXTENDED_ARG prefixes, shown as their own instructions,
# with the full argument on the instruction they extend.
import dis

names = [f"v{i}" for i in range(300)]
src = "def big():\n" + "".join(f"    {n} = {i}.5\n" for i, n in enumerate(names))
src += "    return v299\n"
ns = {}
exec(src, ns)
instrs = list(dis.get_instructions(ns["big"]))
for ins in instrs[-8:]:
    print(ins)
print(sum(1 for i in instrs if i.opname == "EXTENDED_ARG"))
dis.dis(compile("\n".join(f"x{i} = {i}" for i in range(260)), "gen", "exec").co_code[-24:])
