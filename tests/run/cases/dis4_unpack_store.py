# Unpacking, subscripts, attributes, augmented assignment, del and globals.
import dis

counter = 0


def shuffle(seq, obj):
    global counter
    a, *rest, z = seq
    obj.attr, seq[0] = z, a
    obj.attr += 1
    seq[1:2] = rest
    del seq[0], obj.attr
    counter += 1
    return {**{"a": a}, "z": z}, [*rest], (*rest,)


dis.dis(shuffle)
