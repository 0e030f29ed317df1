/** What a greenhouse probe's driver logs for each read, in degrees Celsius: NaN for a read that failed. */
export type ProbeLog = readonly number[];

/** The index of the first read that failed, for the alert "the probe failed at …"; undefined if none did. */
export function firstFailedRead(log: ProbeLog): number | undefined {
  // eslint-disable-next-line use-isnan -- the trap: indexOf compares with ===, and NaN === NaN is false
  const index = log.indexOf(NaN);
  return index === -1 ? undefined : index;
}

/** The reads to publish to the dashboard: each one that differs from the read before it. */
export function readsToPublish(log: ProbeLog): number[] {
  // the trap: NaN !== NaN, so every failed read differs from the failed read before it
  return log.filter((read, i) => read !== log[i - 1]);
}

/** A reading typed in by hand on the calibration form: a number, or undefined if what was typed is not one. */
export function parseTypedReading(typed: string): number | undefined {
  // the trap: Number.isNaN converts nothing, and a string is never the number NaN, so 'n/a' passes
  return Number.isNaN(typed) ? undefined : Number(typed);
}
