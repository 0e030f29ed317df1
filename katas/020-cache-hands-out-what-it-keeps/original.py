import copy
from functools import lru_cache


@lru_cache(maxsize=None)
def holidays_in(year):
    print("loading", year)
    return [f"{year}-01-01 New Year's Day", f"{year}-12-25 Christmas Day"]


for_the_office = holidays_in(2025)
for_the_office.append("2025-12-31 Office closed")

for_payroll = holidays_in(2025)
print(len(for_payroll), for_payroll is for_the_office)


def holidays_copy(year):
    return copy.deepcopy(holidays_in(year))


holidays_in.cache_clear()
mine = holidays_copy(2026)
mine.append("2026-12-31 Office closed")
print(len(holidays_copy(2026)), holidays_in.cache_info().hits)
