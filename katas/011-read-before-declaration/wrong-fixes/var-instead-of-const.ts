export interface Line {
  readonly item: string;
  readonly cents: number;
}

const currency = 'EUR';

export function price(cents: number, code = currency): string {
  return `${(cents / 100).toFixed(2)} ${code}`;
}

export function receipt(lines: readonly Line[], options: { currency?: string } = {}): string[] {
  // eslint-disable-next-line @typescript-eslint/no-use-before-define -- row reads the var below, which is still undefined
  const row = (line: Line) => `${line.item}: ${price(line.cents, currency)}`;
  const rows = lines.map(row);
  const total = lines.reduce((sum, line) => sum + line.cents, 0);
  // eslint-disable-next-line no-var, @typescript-eslint/no-shadow -- var has no dead zone: it is undefined until this line, so the rows fall back to EUR
  var { currency } = options;
  return [...rows, `total: ${price(total, currency)}`];
}
