const msPerSecond = 1000;
const msPerHour = 3_600_000;
const hoursPerDay = 24;

export function bucketStart(ms: number, size: number): number {
  return Math.floor(ms / size) * size;
}

export function hourOfDay(ms: number): number {
  // -1 becomes 1, where the hour before midnight is 23
  return Math.abs(Math.floor(ms / msPerHour) % hoursPerDay);
}

export function unixSeconds(ms: number): number {
  return Math.floor(ms / msPerSecond);
}
