const msPerSecond = 1000;

export function bucketStart(ms: number, size: number): number {
  return Math.floor(ms / size) * size;
}

export function hourOfDay(ms: number): number {
  // the hour in the time zone of the machine that runs it, which is UTC only on some
  return new Date(ms).getHours();
}

export function unixSeconds(ms: number): number {
  return Math.floor(ms / msPerSecond);
}
