/** What a greenhouse probe's driver logs for each read, in degrees Celsius: NaN for a read that failed. */
export type ProbeLog = readonly number[];

/** The index of the first read that failed, for the alert "the probe failed at …"; undefined if none did. */
export function firstFailedRead(log: ProbeLog): number | undefined {
  // eslint-disable-next-line use-isnan -- the wrong fix: includes finds NaN, and indexOf still cannot
  return log.includes(NaN) ? log.indexOf(NaN) : undefined;
}

/** The reads to publish to the dashboard: each one that differs from the read before it. */
export function readsToPublish(log: ProbeLog): number[] {
  return log.filter((read, i) => !Object.is(read, log[i - 1]));
}

/** A reading typed in by hand on the calibration form: a number, or undefined if what was typed is not one. */
export function parseTypedReading(typed: string): number | undefined {
  const reading = Number(typed);
  return typed.trim() === '' || Number.isNaN(reading) ? undefined : reading;
}
