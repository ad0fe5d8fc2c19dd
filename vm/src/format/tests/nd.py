import unicodedata, sys
zs=[]
for cp in range(sys.maxunicode+1):
    c=chr(cp)
    if unicodedata.decimal(c,None)==0:
        ok=all(unicodedata.decimal(chr(cp+i),None)==i for i in range(10))
        zs.append((cp,ok))
print(len(zs), all(o for _,o in zs))
print(", ".join("0x%X"%z for z,_ in zs))
n=sum(1 for cp in range(sys.maxunicode+1) if unicodedata.decimal(chr(cp),None) is not None)
print(n, len(zs)*10)
