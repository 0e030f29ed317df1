import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const hour = 3_600_000;
const moonLanding = Date.UTC(1969, 6, 20, 20, 17, 40);

// === rather than Object.is: an answer of -0 where 0 is due is still the right number.
function expectEach(name: string, run: (ms: number) => number, cases: readonly (readonly [number, number])[]): void {
  for (const [ms, expected] of cases) {
    const actual = run(ms);
    assert.ok(actual === expected, `${name}(${ms}) gave ${actual}, where ${expected} was due`);
  }
}

/**
 * Runs `run` as if the machine's clock were set to India's time zone, UTC+05:30 all year: for
 * that long, Date's local getters read the UTC clock moved on by five and a half hours.
 */
function onAMachineInIndia(run: () => void): void {
  if (Object.isFrozen(Date.prototype)) {
    // Where built-ins are frozen (the trainer), the zone cannot be simulated: the machine's own must be India's.
    assert.equal(
      new Date(0).getTimezoneOffset(),
      -330,
      'this check needs a machine set to UTC+05:30 (TZ=Asia/Kolkata)',
    );
    run();
    return;
  }
  const offset = 330 * 60_000;
  const saved = Object.getOwnPropertyDescriptors(Date.prototype);
  const local = (read: (date: Date) => number) =>
    function (this: Date) {
      return read(new Date(this.getTime() + offset));
    };
  Object.assign(Date.prototype, {
    getFullYear: local((date) => date.getUTCFullYear()),
    getMonth: local((date) => date.getUTCMonth()),
    getDate: local((date) => date.getUTCDate()),
    getDay: local((date) => date.getUTCDay()),
    getHours: local((date) => date.getUTCHours()),
    getMinutes: local((date) => date.getUTCMinutes()),
    getTimezoneOffset: () => -330,
  });
  try {
    run();
  } finally {
    Object.defineProperties(Date.prototype, saved);
  }
}

export default defineSpec<typeof Kata>()({
  'a bucket starts at or before its time, also before 1970': ({ bucketStart }) => {
    expectEach('bucketStart of an hour', (ms) => bucketStart(ms, hour), [
      [0, 0],
      [1, 0],
      [3_599_999, 0],
      [hour, hour],
      [1_717_171_717_171, 1_717_171_200_000],
      [-1, -hour],
      [-1_000_000, -hour],
      [-hour, -hour],
      [-hour - 1, -2 * hour],
    ]);
    expectEach('bucketStart of 15 minutes', (ms) => bucketStart(ms, 900_000), [
      [moonLanding, -14_183_100_000],
      [1_800_001, 1_800_000],
    ]);
  },
  'the hour of day runs from 0 to 23, also before 1970': ({ hourOfDay }) => {
    expectEach('hourOfDay', hourOfDay, [
      [0, 0],
      [5 * hour + 1, 5],
      [Date.UTC(2024, 1, 29, 23, 59), 23],
      [-1, 23],
      [-hour, 23],
      [-hour - 1, 22],
      [-24 * hour, 0],
      [moonLanding, 20],
      [Date.UTC(1900, 0, 1, 6), 6],
    ]);
  },
  'the hour of day is the UTC hour, whatever time zone the machine is in': ({ hourOfDay }) => {
    onAMachineInIndia(() => {
      expectEach('hourOfDay', hourOfDay, [
        [0, 0],
        [5 * hour + 1, 5],
        [Date.UTC(2024, 1, 29, 20, 30), 20],
        [Date.UTC(2024, 1, 29, 23, 59), 23],
      ]);
    });
  },
  'unix seconds round down, also before 1970': ({ unixSeconds }) => {
    expectEach('unixSeconds', unixSeconds, [
      [0, 0],
      [999, 0],
      [1000, 1],
      [1999, 1],
      [-1, -1],
      [-1000, -1],
      [-1001, -2],
      [moonLanding + 500, -14_182_940],
      [Date.UTC(1900, 0, 1, 6), -2_208_967_200],
    ]);
  },
  'unix seconds keep counting after January 2038 and February 2106': ({ unixSeconds }) => {
    expectEach('unixSeconds', unixSeconds, [
      [Date.UTC(2038, 0, 19, 3, 14, 7, 999), 2 ** 31 - 1],
      [Date.UTC(2038, 0, 19, 3, 14, 8), 2 ** 31],
      [Date.UTC(2106, 1, 7, 6, 28, 16), 2 ** 32],
      [Date.UTC(2286, 10, 20, 17, 46, 40, 999), 10_000_000_000],
    ]);
  },
});
