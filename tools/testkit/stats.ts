/** The one way the benchmarks and tests summarise timings. */

/**
 * The value at fraction `q` (0 to 1) of `values` in ascending order: 0.5 is the
 * median, the upper middle one for an even count. NaN when there are none.
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** The median of `values` (the upper middle one for an even count), or NaN when there are none. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);
