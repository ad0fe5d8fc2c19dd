# Jumps: relative and absolute targets as argvals, ">>" at jump targets.
import dis


def flow(items):
    found = None
    for item in items:
        if item is None:
            break
        if item > 3 and item < 10 or item == 0:
            found = item
    else:
        found = -1
    while found:
        found -= 1
    return found


dis.dis(flow)
for ins in dis.get_instructions(flow):
    if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
        print(ins.opname, ins.arg, ins.argval, ins.argrepr)
print([i.offset for i in dis.get_instructions(flow) if i.is_jump_target])
