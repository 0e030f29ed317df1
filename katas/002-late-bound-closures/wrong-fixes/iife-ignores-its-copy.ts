export function multipliers(count: number): ((x: number) => number)[] {
  const result: ((x: number) => number)[] = [];
  // eslint-disable-next-line no-var -- the var loop is kept; the IIFE is meant to save it
  for (var i = 0; i < count; i++) {
    result.push(
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the copy n is taken, then i is read anyway
      ((n: number) => {
        // eslint-disable-next-line no-loop-func -- the trap is kept: i is the one loop variable
        return (x: number) => x * i;
      })(i),
    );
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
