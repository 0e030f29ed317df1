import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const hour = 3_600_000;
const lateOn1969 = Date.UTC(1969, 11, 31, 23, 30);

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a bucket starts at or before its time, also before 1970',
      'the hour of day runs from 0 to 23, also before 1970',
      'unix seconds round down, also before 1970',
      'unix seconds keep counting after January 2038 and February 2106',
    ],
    'trunc-bucket': ['a bucket starts at or before its time, also before 1970'],
    'abs-remainder': ['the hour of day runs from 0 to 23, also before 1970'],
    'add-a-day-once': ['the hour of day runs from 0 to 23, also before 1970'],
    'local-hours': ['the hour of day is the UTC hour, whatever time zone the machine is in'],
    'trunc-seconds': ['unix seconds round down, also before 1970'],
    'unsigned-shift': [
      'unix seconds round down, also before 1970',
      'unix seconds keep counting after January 2038 and February 2106',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: / keeps the fraction, and | 0, ~~ and Math.trunc cut toward zero where Math.floor rounds down', () => {
      const half = -5 / 2;
      expect(5 / 2).toBe(2.5);
      // eslint-disable-next-line no-bitwise -- the operators this kata is about
      expect([half | 0, ~~half, Math.trunc(half), Math.floor(half)]).toEqual([-2, -2, -2, -3]);
    });

    it('broken: % takes the sign of the left side, and | 0 wraps at 2 ** 31', () => {
      expect([-7 % 2, 7 % -2, -4 % 2]).toEqual([-1, 1, -0]);
      // eslint-disable-next-line no-bitwise -- the operator this kata is about
      expect([(2 ** 31) | 0, (2 ** 31 - 1) | 0]).toEqual([-2147483648, 2147483647]);
    });

    it('broken: a time late in 1969 lands in the bucket after it, at an hour of -1', async () => {
      const { bucketStart, hourOfDay } = await broken();
      expect(bucketStart(lateOn1969, hour)).toBe(0);
      expect(bucketStart(lateOn1969, hour)).toBeGreaterThan(lateOn1969);
      expect(hourOfDay(lateOn1969)).toBe(-1);
      expect(hourOfDay(-25 * hour)).toBe(-1);
    });

    it('broken: unix seconds turn negative one second after 03:14:07 UTC on 19 January 2038', async () => {
      const { unixSeconds } = await broken();
      expect(unixSeconds(Date.UTC(2038, 0, 19, 3, 14, 7))).toBe(2147483647);
      expect(unixSeconds(Date.UTC(2038, 0, 19, 3, 14, 8))).toBe(-2147483648);
    });

    it('broken: wrong fix "add-a-day-once" is right on the last day of 1969 and wrong the day before', async () => {
      const { hourOfDay } = await wrongFix('add-a-day-once')();
      expect(hourOfDay(lateOn1969)).toBe(23);
      expect(hourOfDay(lateOn1969 - 24 * hour)).toBe(-1);
    });

    it('broken: wrong fix "unsigned-shift" turns second -1 into 4294967295 and wraps to 0 in February 2106', async () => {
      const { unixSeconds } = await wrongFix('unsigned-shift')();
      expect(unixSeconds(-1000)).toBe(4294967295);
      expect(unixSeconds(Date.UTC(2038, 0, 19, 3, 14, 8))).toBe(2 ** 31);
      expect(unixSeconds(Date.UTC(2106, 1, 7, 6, 28, 16))).toBe(0);
    });

    it('fixed: a time late in 1969 lands in the 23:00 bucket, at hour 23, and seconds round down', async () => {
      const { bucketStart, hourOfDay, unixSeconds } = await fixed();
      expect(new Date(bucketStart(lateOn1969, hour)).toISOString()).toBe('1969-12-31T23:00:00.000Z');
      expect(hourOfDay(lateOn1969)).toBe(23);
      expect(unixSeconds(lateOn1969 - 500)).toBe(-1801);
      expect(unixSeconds(Date.UTC(2038, 0, 19, 3, 14, 8))).toBe(2 ** 31);
    });
  },
);
