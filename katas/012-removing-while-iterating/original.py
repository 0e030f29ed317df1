numbers = [3, 8, 4, 7, 10]
try:
    for i in range(len(numbers)):
        if numbers[i] % 2 == 0:
            del numbers[i]
except IndexError as error:
    print("IndexError:", error)
print(numbers)

orders = ["cancelled", "cancelled", "open", "cancelled"]
for order in orders:
    if order == "cancelled":
        orders.remove(order)
print(orders)

orders = ["cancelled", "cancelled", "open", "cancelled"]
print([order for order in orders if order != "cancelled"])
