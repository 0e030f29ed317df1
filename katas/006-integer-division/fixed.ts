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
  return Math.floor(ms / msPerSecond);
}
