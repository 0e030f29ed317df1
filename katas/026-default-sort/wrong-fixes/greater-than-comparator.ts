export function percentile(samples: readonly number[], percent: number): number {
  const sorted = samples.toSorted((a, b) => (a > b ? 1 : 0));
  const sample = sorted[Math.max(Math.ceil((percent / 100) * sorted.length) - 1, 0)];
  if (sample === undefined) throw new RangeError(`${samples.length} samples have no ${percent}th percentile`);
  return sample;
}
