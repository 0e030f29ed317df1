export abstract class OrderEvent {
  constructor(readonly orderId: string) {}

  abstract describe(): string;
}
