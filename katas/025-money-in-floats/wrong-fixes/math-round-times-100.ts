export interface LineItem {
  readonly unitPrice: number;
  readonly quantity: number;
}

export function lineTotal({ unitPrice, quantity }: LineItem, discountPercent = 0): number {
  const total = unitPrice * quantity * (1 - discountPercent / 100);
  return Math.round(total * 100) / 100;
}

export function amountDue(items: readonly LineItem[], discountPercent = 0): number {
  return items.reduce((sum, item) => sum + lineTotal(item, discountPercent), 0);
}

export function isPaidInFull(items: readonly LineItem[], payments: readonly number[]): boolean {
  return payments.reduce((sum, paid) => sum + paid, 0) >= amountDue(items);
}
