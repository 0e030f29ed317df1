export function latest(daily: readonly number[]): number {
  const newest = daily.at(-1);
  if (newest === undefined) throw new RangeError('there are no readings yet');
  return newest;
}

export function usageOver(daily: readonly number[], days: number): number {
  // refuses a window exactly as long as the readings, which they cover
  if (days >= daily.length) throw new RangeError(`usage over ${days} days needs ${days} readings, got ${daily.length}`);
  let total = 0;
  for (const kwh of daily.slice(daily.length - days)) total += kwh;
  return total;
}
