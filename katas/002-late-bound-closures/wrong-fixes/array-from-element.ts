export function multipliers(count: number): ((x: number) => number)[] {
  // still a trap: the first argument of the map function is the element, undefined here, not the index
  return Array.from(new Array<number>(count), (i) => (x: number) => x * i);
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
