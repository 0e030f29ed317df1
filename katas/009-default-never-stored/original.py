from collections import defaultdict


class Forgetful(dict):
    def __missing__(self, key):
        return []


class Remembering(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]


orders = [("ada", "o1"), ("bob", "o2"), ("ada", "o3")]
for groups in (Forgetful(), Remembering(), defaultdict(list)):
    for customer, order_id in orders:
        groups[customer].append(order_id)
    print(type(groups).__name__, dict(groups))
