# -*- coding: utf-8 -*-
π = 3.14159
ﬁle = "ligature"      # NFKC: fi
ℌ = "blackletter H"   # NFKC: H
ｘ = 1                # fullwidth x
print(file, H, x, π)
def größe(länge, *, breite=2, **übrige):
    λ = lambda µ: µ * länge
    return λ(breite), übrige
class Ünïcode:
    __ñ = 1
    def méthode(self):
        return self.__ñ
print("ünï", größe(3), Ünïcode().méthode())
日本 = {"キー": "値"}
for 鍵, 値 in 日本.items():
    print(f"{鍵}={値!r}")
