import type { OrderEvent } from './event.ts';

// a type-only import breaks the cycle, and implements keeps the shape but not the class
export class OrderPlaced implements OrderEvent {
  constructor(
    readonly orderId: string,
    readonly total: number,
  ) {}

  describe(): string {
    return `order ${this.orderId} placed, total ${this.total.toFixed(2)}`;
  }
}
