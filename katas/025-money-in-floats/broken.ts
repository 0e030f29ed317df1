export interface LineItem {
  readonly unitPrice: number;
  readonly quantity: number;
}

export function lineTotal({ unitPrice, quantity }: LineItem, discountPercent = 0): number {
  const total = unitPrice * quantity * (1 - discountPercent / 100);
  // the trap: 1.005 is stored as 1.00499999999999989…, so toFixed rounds it down
  return Number(total.toFixed(2));
}

export function amountDue(items: readonly LineItem[], discountPercent = 0): number {
  // the trap: every sum is rounded to a binary fraction, so 0.1 + 0.2 is 0.30000000000000004
  return items.reduce((sum, item) => sum + lineTotal(item, discountPercent), 0);
}

export function isPaidInFull(items: readonly LineItem[], payments: readonly number[]): boolean {
  return payments.reduce((sum, paid) => sum + paid, 0) >= amountDue(items);
}
