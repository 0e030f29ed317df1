export function multipliers(count: number): ((x: number) => number)[] {
  const result: ((x: number) => number)[] = [];
  for (let i = 0; i < count; i++) {
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

// still a trap: add is bound once, to the one tally that every call of sum goes on adding to
const tally = new Tally();
const add = tally.add.bind(tally);

export function sum(amounts: readonly number[]): number {
  amounts.forEach(add);
  return tally.total;
}
