import type { OrderEvent } from './event.ts';

// a type-only import breaks the cycle, and implements keeps the shape but not the class
export class OrderCancelled implements OrderEvent {
  constructor(
    readonly orderId: string,
    readonly reason: string,
  ) {}

  describe(): string {
    return `order ${this.orderId} cancelled: ${this.reason}`;
  }
}
