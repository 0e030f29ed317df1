currency = "EUR"


def receipt(cents, options):
    line = f"{cents / 100:.2f} {currency}"
    currency = options.get("currency", "EUR")
    return [line, f"paid in {currency}"]


requests = 0


def count_request():
    requests += 1
    return requests


for call in (lambda: receipt(250, {}), count_request):
    try:
        print(call())
    except UnboundLocalError as error:
        print(repr(error))
