export abstract class OrderEvent {
  constructor(readonly orderId: string) {}

  abstract describe(): string;
}

export function parseEvent(body: string): OrderEvent {
  const payload = JSON.parse(body) as { type: string; orderId: string; total: number; reason: string };
  switch (payload.type) {
    case 'order.placed':
      // eslint-disable-next-line @typescript-eslint/no-use-before-define -- read from the imports moved below
      return new OrderPlaced(payload.orderId, payload.total);
    case 'order.cancelled':
      // eslint-disable-next-line @typescript-eslint/no-use-before-define -- read from the imports moved below
      return new OrderCancelled(payload.orderId, payload.reason);
    default:
      throw new TypeError(`unknown event type: ${payload.type}`);
  }
}

// imports are hoisted: these still load before OrderEvent is defined, wherever they are written
// eslint-disable-next-line import-x/no-cycle -- a moved import is still an import, and the cycle is still here
import { OrderCancelled } from './order-cancelled.ts';
// eslint-disable-next-line import-x/no-cycle -- a moved import is still an import, and the cycle is still here
import { OrderPlaced } from './order-placed.ts';
