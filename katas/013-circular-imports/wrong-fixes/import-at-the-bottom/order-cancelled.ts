// eslint-disable-next-line import-x/no-cycle -- a moved import is still an import, and the cycle is still here
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
