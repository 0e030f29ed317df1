import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';
import type { Holiday } from './fixed.ts';

const load = (year: number): Holiday[] => [
  { date: `${year}-01-01`, name: "New Year's Day", regions: [] },
  { date: `${year}-03-17`, name: "St Patrick's Day", regions: ['NIR'] },
];

type ReadonlyHoliday = Readonly<Omit<Holiday, 'regions'>> & { readonly regions: readonly string[] };

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      "a caller that adds to or sorts its list changes no other caller's list",
      "a caller that edits a holiday changes no other caller's holidays",
    ],
    'copy-on-store': [
      "a caller that adds to or sorts its list changes no other caller's list",
      "a caller that edits a holiday changes no other caller's holidays",
    ],
    'freeze-the-list': [
      "a caller that adds to or sorts its list changes no other caller's list",
      "a caller that edits a holiday changes no other caller's holidays",
      'a caller may change its own list',
    ],
    'load-every-time': ['a year is loaded once, however often it is asked for'],
    'slice-copy': ["a caller that edits a holiday changes no other caller's holidays"],
    'spread-each-holiday': ["a caller that edits a holiday changes no other caller's holidays"],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: every caller gets the one array the cache keeps, so a push reaches the next caller', async () => {
      const { cachedHolidays } = await broken();
      const holidaysIn = cachedHolidays(load);
      const first = holidaysIn(2025);
      first.push({ date: '2025-12-31', name: 'Office closed', regions: [] });
      expect(holidaysIn(2025)).toBe(first);
      expect(holidaysIn(2025).map((h) => h.name)).toEqual(["New Year's Day", "St Patrick's Day", 'Office closed']);
    });

    it('broken: a caller that sorts for display reorders the list for everyone', async () => {
      const { cachedHolidays } = await broken();
      const holidaysIn = cachedHolidays(load);
      holidaysIn(2025).sort((a, b) => b.date.localeCompare(a.date));
      expect(holidaysIn(2025).map((h) => h.date)).toEqual(['2025-03-17', '2025-01-01']);
    });

    it('broken: wrong fix "slice-copy" copies the list, and shares the holidays in it', async () => {
      const { cachedHolidays } = await wrongFix('slice-copy')();
      const holidaysIn = cachedHolidays(load);
      const mine = holidaysIn(2025);
      expect(mine).not.toBe(holidaysIn(2025));
      expect(mine[0]).toBe(holidaysIn(2025)[0]);
    });

    it('broken: wrong fix "copy-on-store" protects the cache from the first caller only', async () => {
      const { cachedHolidays } = await wrongFix('copy-on-store')();
      const holidaysIn = cachedHolidays(load);
      expect(holidaysIn(2025)).not.toBe(holidaysIn(2025));
      const second = holidaysIn(2025);
      expect(holidaysIn(2025)).toBe(second);
    });

    it('broken: wrong fix "freeze-the-list" makes a push throw, and leaves the holidays open', async () => {
      const { cachedHolidays } = await wrongFix('freeze-the-list')();
      const holidaysIn = cachedHolidays(load);
      const mine = holidaysIn(2025);
      expect(() => mine.push({ date: '2025-12-31', name: 'Office closed', regions: [] })).toThrow(TypeError);
      mine[0]!.name = 'Office closed';
      expect(holidaysIn(2025)[0]?.name).toBe('Office closed');
    });

    it('fixed: each caller gets a copy of every level, and the loader runs once per year', async () => {
      const { cachedHolidays } = await fixed();
      let calls = 0;
      const holidaysIn = cachedHolidays((year) => {
        calls += 1;
        return load(year);
      });
      const mine = holidaysIn(2025);
      mine[1]?.regions.push('ENG');
      mine.push({ date: '2025-12-31', name: 'Office closed', regions: [] });
      expect(holidaysIn(2025)).toEqual(load(2025));
      expect(holidaysIn(2025)[1]?.regions).not.toBe(holidaysIn(2025)[1]?.regions);
      expect(calls).toBe(1);
    });

    it('fixed: with a deeply readonly result type, a push, a sort or an edit is a compile error (only the types guard it)', async () => {
      const { cachedHolidays } = await broken();
      const holidaysIn: (year: number) => readonly ReadonlyHoliday[] = cachedHolidays(load);
      const shared = holidaysIn(2025);
      // @ts-expect-error push does not exist on a readonly array
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the call does not typecheck, so it has no type to check
      shared.push({ date: '2025-12-31', name: 'Office closed', regions: [] });
      // @ts-expect-error name is a read-only property
      shared[0]!.name = 'Office closed';
      // @ts-expect-error push does not exist on readonly regions
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the call does not typecheck, so it has no type to check
      shared[1]?.regions.push('ENG');
      const sorted = shared.toSorted((a, b) => b.date.localeCompare(a.date));
      expectTypeOf(sorted).toEqualTypeOf<ReadonlyHoliday[]>();
      expect(sorted).not.toBe(shared);
      expect(holidaysIn(2025)).toHaveLength(3);
      expect(holidaysIn(2025)[0]?.name).toBe('Office closed');
    });
  },
);
