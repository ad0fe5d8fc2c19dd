# A generator expression object: dis shows its own <genexpr> code.
import dis

squares = (x * x for x in range(4))
dis.dis(squares)
print(list(squares))
evens = (n for n in range(10) if n % 2 == 0)
print("gi_code:", evens.gi_code.co_name)
dis.dis(evens.gi_code)
