const msPerSecond = 1000;
const msPerHour = 3_600_000;
const hoursPerDay = 24;

export function bucketStart(ms: number, size: number): number {
  return Math.floor(ms / size) * size;
}

export function hourOfDay(ms: number): number {
  return ((Math.floor(ms / msPerHour) % hoursPerDay) + hoursPerDay) % hoursPerDay;
}

export function unixSeconds(ms: number): number {
  // eslint-disable-next-line no-bitwise -- unsigned: wraps in 2106 instead, and turns 1969 into a huge number
  return (ms / msPerSecond) >>> 0;
}
