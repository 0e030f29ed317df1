export function latest(daily: readonly number[]): number {
  // the trap: [-1] reads a property named "-1", which no array has, and the ! tells the compiler it is there
  return daily[-1]!;
}

export function usageOver(daily: readonly number[], days: number): number {
  let total = 0;
  // the trap: with fewer readings than days, i starts below 0, daily[i] is undefined, and the ! hides it
  for (let i = daily.length - days; i < daily.length; i++) total += daily[i]!;
  return total;
}
