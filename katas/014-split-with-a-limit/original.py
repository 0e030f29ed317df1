token = '9f86d081:{"user":"ada","scope":"read:all"}'
signature, payload = token.split(":", 1)
print(payload)
print(token.split(":", 2))
print("Location: https://example.com:8443/login".split(":", 1))
print("no signature here".split(":", 1))
print("no signature here".partition(":"))
