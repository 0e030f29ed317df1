// eslint-disable-next-line import-x/no-cycle -- the other half of the cycle through event.ts
import { OrderEvent } from './event.ts';

export class OrderCancelled extends OrderEvent {
  constructor(
    orderId: string,
    readonly reason: string,
  ) {
    super(orderId);
  }

  describe(): string {
    return `order ${this.orderId} cancelled: ${this.reason}`;
  }
}
