import { inspect } from 'node:util';
import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'every day of a new week has a bucket of its own',
      'a booking on the draft leaves the original week alone',
    ],
    'map-over-holes': ['every day of a new week has a bucket of its own'],
    'shared-empty-day': ['every day of a new week has a bucket of its own'],
    'slice-copy': ['a booking on the draft leaves the original week alone'],
    'map-with-own-check': ['a day outside the week is refused with a clear message'],
  },
  ({ broken, wrongFix }) => {
    it('broken: fill puts one array in all five days, so a booking on Monday shows up every day', async () => {
      const { emptyWeek, book } = await broken();
      const week = emptyWeek();
      book(week, 0, 10);
      expect(week).toEqual([[10], [10], [10], [10], [10]]);
      expect(new Set(week).size).toBe(1);
    });

    it('broken: a booking on a spread copy lands in the original week too', async () => {
      const { withBooking } = await broken();
      const week = [[], [], [7], [], []];
      const draft = withBooking(week, 2, 5);
      expect(inspect(week)).toBe('[ [], [], [ 7, 5 ], [], [] ]');
      expect(draft).not.toBe(week);
      expect(draft[2]).toBe(week[2]);
    });

    it('broken: wrong fix "map-over-holes" gives [ <5 empty items> ], because map skips holes', async () => {
      const { emptyWeek, book } = await wrongFix('map-over-holes')();
      const week = emptyWeek();
      expect(inspect(week)).toBe('[ <5 empty items> ]');
      expect(() => book(week, 0, 10)).toThrow(new RangeError('the week has no bucket for day 0'));
    });

    it('broken: wrong fix "shared-empty-day" starts the next week with the bookings of the last', async () => {
      const { emptyWeek, book } = await wrongFix('shared-empty-day')();
      book(emptyWeek(), 0, 10);
      expect(emptyWeek()).toEqual([[10], [10], [10], [10], [10]]);
    });

    it('broken: wrong fix "slice-copy" shares the days with the original, as the spread did', async () => {
      const { withBooking } = await wrongFix('slice-copy')();
      const week = [[], [], [7], [], []];
      expect(withBooking(week, 2, 5)[2]).toBe(week[2]);
      expect(week[2]).toEqual([7, 5]);
    });

    it('broken: readonly on the outer array alone does not help, as a spread gives back mutable days', async () => {
      const { emptyWeek } = await broken();
      const week: readonly number[][] = emptyWeek();
      const draft = [...week];
      expectTypeOf(draft).toEqualTypeOf<number[][]>();
      draft[0]?.push(10);
      expect(week[4]).toEqual([10]);
    });

    it('fixed: with readonly days, a push on the week or a spread copy is a compile error (only the types guard it)', async () => {
      const { emptyWeek } = await broken();
      const week: readonly (readonly number[])[] = emptyWeek();
      // @ts-expect-error push does not exist on a readonly day
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the call does not typecheck, so it has no type to check
      week[0]?.push(10);
      const draft = [...week];
      expectTypeOf(draft).toEqualTypeOf<(readonly number[])[]>();
      // @ts-expect-error push does not exist on a readonly day, the one that week shares
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the call does not typecheck, so it has no type to check
      draft[0]?.push(10);
      expect(week[4]).toEqual([10, 10]);
    });
  },
);
