import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const daily = [9, 12, 7, 10, 8];

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'the latest reading is the last in the list',
      'with no readings, latest is refused with a clear message',
      'a window longer than the readings is refused with a clear message',
    ],
    'at-wraps': ['a window longer than the readings is refused with a clear message'],
    'default-zero': ['a window longer than the readings is refused with a clear message'],
    'falsy-check': ['the latest reading is the last in the list'],
    'guard-off-by-one': ['usage over a window the readings cover is the sum of its last days'],
    'last-by-length': ['with no readings, latest is refused with a clear message'],
    'slice-from-the-end': ['usage over a window the readings cover is the sum of its last days'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: an index past either end reads undefined, and -1 is a property name, not a place', () => {
      const readings: number[] = [...daily];
      expect([readings[5], readings[-1], readings.at(-1), readings.at(-6)]).toEqual([
        undefined,
        undefined,
        8,
        undefined,
      ]);
      expect(Object.keys(readings)).not.toContain('-1');
      Object.assign(readings, { '-1': 99 });
      expect(readings[-1]).toBe(99);
      expect(readings.length).toBe(5);
    });

    it('broken: latest is always undefined, though its type says number', async () => {
      const { latest } = await broken();
      expect(latest(daily)).toBeUndefined();
      expectTypeOf(latest).returns.toEqualTypeOf<number>();
    });

    it('broken: a window longer than the readings adds undefined, and the total is NaN', async () => {
      const { usageOver } = await broken();
      expect(usageOver(daily, 5)).toBe(46);
      expect(usageOver(daily, 6)).toBeNaN();
      expect(usageOver([], 1)).toBeNaN();
    });

    it('broken: wrong fix "at-wraps" counts the newest reading twice in a window of 6 days', async () => {
      const { usageOver } = await wrongFix('at-wraps')();
      expect(usageOver(daily, 6)).toBe(46 + 8);
    });

    it('broken: wrong fix "slice-from-the-end" adds up every reading for a window of 0 days', async () => {
      const { usageOver } = await wrongFix('slice-from-the-end')();
      expect(daily.slice(-0)).toEqual(daily);
      expect(usageOver(daily, 0)).toBe(46);
    });

    it('fixed: noUncheckedIndexedAccess types every index read as number | undefined, so broken.ts needs its !', () => {
      const readings: readonly number[] = daily;
      expectTypeOf(readings[0]).toEqualTypeOf<number | undefined>();
      expectTypeOf(readings[-1]).toEqualTypeOf<number | undefined>();
      expectTypeOf(readings.at(-1)).toEqualTypeOf<number | undefined>();
      let total = 0;
      // @ts-expect-error readings[6] may be undefined, and undefined cannot be added to a number
      total += readings[6];
      // @ts-expect-error readings[-1] may be undefined, so it is no number
      const newest: number = readings[-1];
      expect([total, newest]).toEqual([Number.NaN, undefined]);
    });

    it('fixed: the newest reading comes from at(-1), and a window too long for the readings is refused', async () => {
      const { latest, usageOver } = await fixed();
      expect(latest(daily)).toBe(8);
      expect(() => usageOver(daily, 7)).toThrow(new RangeError('usage over 7 days needs 7 readings, got 5'));
    });
  },
);
