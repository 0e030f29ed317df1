// the barrel imports parse.ts, which imports this module: the cycle is back
// eslint-disable-next-line import-x/no-cycle -- the barrel closes a new cycle
import { OrderEvent } from './index.ts';

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
