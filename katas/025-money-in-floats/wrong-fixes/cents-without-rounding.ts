export interface LineItem {
  readonly unitPrice: number;
  readonly quantity: number;
}

const cents = (euros: number): number => euros * 100;

function lineCents({ unitPrice, quantity }: LineItem, discountPercent: number): number {
  return Math.round((cents(unitPrice) * quantity * (100 - discountPercent)) / 100);
}

const dueCents = (items: readonly LineItem[], discountPercent: number): number =>
  items.reduce((sum, item) => sum + lineCents(item, discountPercent), 0);

export function lineTotal(item: LineItem, discountPercent = 0): number {
  return lineCents(item, discountPercent) / 100;
}

export function amountDue(items: readonly LineItem[], discountPercent = 0): number {
  return dueCents(items, discountPercent) / 100;
}

export function isPaidInFull(items: readonly LineItem[], payments: readonly number[]): boolean {
  return payments.reduce((sum, paid) => sum + cents(paid), 0) >= dueCents(items, 0);
}
