'use strict';
const events = require('./event.cjs');

class OrderPlaced extends events.OrderEvent {
  constructor(orderId, total) {
    super(orderId);
    this.total = total;
  }

  describe() {
    return `order ${this.orderId} placed, total ${this.total.toFixed(2)}`;
  }
}

module.exports = { OrderPlaced };
