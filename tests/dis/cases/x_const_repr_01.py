a = 'it\'s "quoted"'
b = "it's"
c = 'say "hi"'
d = '\x00\x01\x7f\x80\xff'
e = '\u200b\u00a0\u2028\ufeff'
f = 'surrogates are in x_const_surrogate_01'
g = '\U0001F600\U0010FFFF'
h = '\t\n\r\\\a\b\f\v'
i = b'\x00\x80\xff\'"'
j = b"it's"
k = b'\\'
l = 'é' 'ñ' '中文'
m = '\N{LATIN SMALL LETTER E WITH ACUTE}'
n = r'\d+\.\w*'
o = '''triple
quoted\
continued'''
p = "\0\07\077\0777"
q = "\x1b[0m"
r = '\u0085'
s = 'a' * 30 + 'b'
