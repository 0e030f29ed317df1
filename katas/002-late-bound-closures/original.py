multipliers = [lambda x: x * i for i in range(4)]
print([f(2) for f in multipliers])
