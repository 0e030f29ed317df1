export function latest(daily: readonly number[]): number {
  const newest = daily.at(-1);
  if (newest === undefined) throw new RangeError('there are no readings yet');
  return newest;
}

export function usageOver(daily: readonly number[], days: number): number {
  let total = 0;
  // a missing day counts as 0 kWh, so a long window quietly gives a short total
  for (let i = daily.length - days; i < daily.length; i++) total += daily[i] ?? 0;
  return total;
}
