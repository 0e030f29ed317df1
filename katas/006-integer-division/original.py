print(5 / 2, 5 // 2, -5 // 2, -7 % 2)

hour = 3_600_000
late_in_1969 = -1_800_000  # 23:30 on 31 December 1969, in ms since 1970

print(late_in_1969 // hour * hour)
print(late_in_1969 // hour % 24)
print((late_in_1969 - 500) // 1000)
print(int(-5 / 2), 2**31 + 2**31)
