'use strict';
const { OrderCancelled } = require('./order-cancelled.cjs');
const { OrderPlaced } = require('./order-placed.cjs');

class OrderEvent {
  constructor(orderId) {
    this.orderId = orderId;
  }
}

function parseEvent(body) {
  const payload = JSON.parse(body);
  switch (payload.type) {
    case 'order.placed':
      return new OrderPlaced(payload.orderId, payload.total);
    case 'order.cancelled':
      return new OrderCancelled(payload.orderId, payload.reason);
    default:
      throw new TypeError(`unknown event type: ${payload.type}`);
  }
}

module.exports = { OrderEvent, parseEvent };
