daily = [9, 12, 7, 10, 8]  # kWh used each day, oldest first

print(daily[-1])
print(sum(daily[-3:]))
print(daily[-7:], daily[10:])
print(sum(daily[-0:]))
try:
    print(daily[10])
except IndexError as error:
    print("IndexError:", error)
