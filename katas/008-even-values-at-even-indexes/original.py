samples = [12, 7, 14, 9, -3, 8, 20, 5, 6, 1, 18]

print([x for i, x in enumerate(samples) if i % 2 == 0 and x % 2 == 0])
print([f"#{i + 1}: {x}" for i, x in enumerate(samples) if i % 2 == 0 and x % 2 == 0])
print(-3 % 2, -3 % 2 == 1)
print(samples[::2])
