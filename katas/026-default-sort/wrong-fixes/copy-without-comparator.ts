export function percentile(samples: number[], percent: number): number {
  // eslint-disable-next-line @typescript-eslint/require-array-sort-compare -- still the trap: the copy is sorted as strings
  const sorted = [...samples].sort();
  const sample = sorted[Math.max(Math.ceil((percent / 100) * sorted.length) - 1, 0)];
  if (sample === undefined) throw new RangeError(`${samples.length} samples have no ${percent}th percentile`);
  return sample;
}
