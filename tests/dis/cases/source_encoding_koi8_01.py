# -*- coding: koi8-r -*-
# A source file saved in KOI8-R.
greeting = "Привет"
print(greeting)
