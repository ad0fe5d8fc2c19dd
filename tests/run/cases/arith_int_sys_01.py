import sys
print(sys.int_info.bits_per_digit > 0)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig)
print(int(sys.float_info.max) == int(1.7976931348623157e308))
