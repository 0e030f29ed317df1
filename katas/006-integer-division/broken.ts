const msPerSecond = 1000;
const msPerHour = 3_600_000;
const hoursPerDay = 24;

export function bucketStart(ms: number, size: number): number {
  // the trap: % keeps the sign of ms, so before 1970 this rounds up to the next bucket
  return ms - (ms % size);
}

export function hourOfDay(ms: number): number {
  // the trap: % keeps the sign of the hour count, so an hour before 1970 comes out negative
  return Math.floor(ms / msPerHour) % hoursPerDay;
}

export function unixSeconds(ms: number): number {
  // eslint-disable-next-line no-bitwise -- the trap: | 0 cuts toward zero and wraps past 2 ** 31 - 1
  return (ms / msPerSecond) | 0;
}
