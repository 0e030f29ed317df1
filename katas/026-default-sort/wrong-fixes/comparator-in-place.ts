export function percentile(samples: number[], percent: number): number {
  const sorted = samples.sort((a, b) => a - b);
  const sample = sorted[Math.max(Math.ceil((percent / 100) * sorted.length) - 1, 0)];
  if (sample === undefined) throw new RangeError(`${samples.length} samples have no ${percent}th percentile`);
  return sample;
}
