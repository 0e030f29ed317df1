export interface LineItem {
  readonly unitPrice: number;
  readonly quantity: number;
}

const toCent = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });
const rounded = (euros: number): number => Number(toCent.format(euros));

export function lineTotal({ unitPrice, quantity }: LineItem, discountPercent = 0): number {
  const total = unitPrice * quantity * (1 - discountPercent / 100);
  return rounded(total);
}

export function amountDue(items: readonly LineItem[], discountPercent = 0): number {
  return rounded(items.reduce((sum, item) => sum + lineTotal(item, discountPercent), 0));
}

export function isPaidInFull(items: readonly LineItem[], payments: readonly number[]): boolean {
  return rounded(payments.reduce((sum, paid) => sum + paid, 0)) >= amountDue(items);
}
