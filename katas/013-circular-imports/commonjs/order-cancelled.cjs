'use strict';
// event.cjs is still running its first line, so require hands back its exports as they are so far: {}
const events = require('./event.cjs');

class OrderCancelled extends events.OrderEvent {
  constructor(orderId, reason) {
    super(orderId);
    this.reason = reason;
  }

  describe() {
    return `order ${this.orderId} cancelled: ${this.reason}`;
  }
}

module.exports = { OrderCancelled };
