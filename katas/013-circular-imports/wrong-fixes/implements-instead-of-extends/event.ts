import { OrderCancelled } from './order-cancelled.ts';
import { OrderPlaced } from './order-placed.ts';

export abstract class OrderEvent {
  constructor(readonly orderId: string) {}

  abstract describe(): string;
}

export function parseEvent(body: string): OrderEvent {
  const payload = JSON.parse(body) as { type: string; orderId: string; total: number; reason: string };
  switch (payload.type) {
    case 'order.placed':
      return new OrderPlaced(payload.orderId, payload.total);
    case 'order.cancelled':
      return new OrderCancelled(payload.orderId, payload.reason);
    default:
      throw new TypeError(`unknown event type: ${payload.type}`);
  }
}
