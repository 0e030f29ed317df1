import json

refused = ConnectionRefusedError(111, "Connection refused")
failed = RuntimeError("could not charge order 42")
failed.__cause__ = refused

try:
    print(json.dumps({"event": "charge failed", "order_id": 42, "error": failed}))
except TypeError as problem:
    print(problem)

print(json.dumps({"event": "charge failed", "error": failed}, default=repr))
