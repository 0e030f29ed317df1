week = [[]] * 5
week[0].append(10)
print(week)
week[1].append(20)
print(week)
week.append(30)
print(week)

fresh = [[] for _ in range(5)]
fresh[0].append(10)
print(fresh)
