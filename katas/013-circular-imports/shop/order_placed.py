from shop.events import OrderEvent


class OrderPlaced(OrderEvent):
    def __init__(self, order_id, total):
        super().__init__(order_id)
        self.total = total
