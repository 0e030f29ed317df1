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
