export interface Line {
  readonly item: string;
  readonly cents: number;
}

const defaultCurrency = 'EUR';

export function price(cents: number, code = defaultCurrency): string {
  return `${(cents / 100).toFixed(2)} ${code}`;
}

export function receipt(lines: readonly Line[], options: { currency?: string } = {}): string[] {
  const { currency } = options;
  const row = (line: Line) => `${line.item}: ${price(line.cents, currency)}`;
  const rows = lines.map(row);
  const total = lines.reduce((sum, line) => sum + line.cents, 0);
  return [...rows, `total: ${price(total, currency)}`];
}
