from shop.order_placed import OrderPlaced


class OrderEvent:
    def __init__(self, order_id):
        self.order_id = order_id


def parse_event(payload):
    return OrderPlaced(payload["orderId"], payload["total"])
