export interface Line {
  readonly item: string;
  readonly cents: number;
}

const currency = 'EUR';

export function price(cents: number, code = currency): string {
  return `${(cents / 100).toFixed(2)} ${code}`;
}

export function receipt(lines: readonly Line[], options: { currency?: string } = {}): string[] {
  // eslint-disable-next-line @typescript-eslint/no-use-before-define -- the trap: this currency is the one declared below, not the module's
  const row = (line: Line) => `${line.item}: ${price(line.cents, currency)}`;
  const rows = lines.map(row);
  const total = lines.reduce((sum, line) => sum + line.cents, 0);
  // eslint-disable-next-line @typescript-eslint/no-shadow -- the trap: it hides the module's currency in all of receipt, row included
  const { currency } = options;
  return [...rows, `total: ${price(total, currency)}`];
}
