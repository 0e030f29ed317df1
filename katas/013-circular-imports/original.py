try:
    from shop.events import parse_event
except ImportError as error:
    print(f"{type(error).__name__}: {error.msg.removesuffix(f' ({error.path})')}")
