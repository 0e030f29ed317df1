export function multipliers(count: number): ((x: number) => number)[] {
  const result: ((x: number) => number)[] = [];
  // eslint-disable-next-line no-var -- the trap: var makes one i for the whole loop
  for (var i = 0; i < count; i++) {
    // eslint-disable-next-line no-loop-func -- every closure reads that one shared i
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
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the method leaves its this behind
  amounts.forEach(tally.add);
  return tally.total;
}
