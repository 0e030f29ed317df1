import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Holiday = Kata.Holiday;

const table: Readonly<Record<number, readonly Holiday[]>> = {
  2025: [
    { date: '2025-01-01', name: "New Year's Day", regions: [] },
    { date: '2025-03-17', name: "St Patrick's Day", regions: ['NIR'] },
    { date: '2025-12-25', name: 'Christmas Day', regions: [] },
  ],
  2026: [{ date: '2026-01-01', name: "New Year's Day", regions: [] }],
};

/** A loader that makes a new list on every call, as a calendar service would, and counts its calls by year. */
function countingLoader(): { load: Kata.HolidayLoader; calls: number[] } {
  const calls: number[] = [];
  const load = (year: number) => {
    calls.push(year);
    return structuredClone([...(table[year] ?? [])]);
  };
  return { load, calls };
}

const expected = (year: number) => structuredClone([...(table[year] ?? [])]);

export default defineSpec<typeof Kata>()({
  'each caller gets the holidays the loader gave': ({ cachedHolidays }) => {
    const holidaysIn = cachedHolidays(countingLoader().load);
    for (const year of [2025, 2026, 2025, 1999, 2026]) {
      assert.deepEqual(holidaysIn(year), expected(year), `the holidays of ${year} are not the ones the loader gave`);
    }
  },
  'a year is loaded once, however often it is asked for': ({ cachedHolidays }) => {
    const { load, calls } = countingLoader();
    const holidaysIn = cachedHolidays(load);
    for (const year of [2025, 2025, 2026, 2025, 2026, 2025]) holidaysIn(year);
    assert.deepEqual(calls, [2025, 2026], 'the loader must run once for each year, on its first request');
    const other = countingLoader();
    cachedHolidays(other.load)(2025);
    assert.deepEqual(other.calls, [2025], 'each cache has a memory of its own');
  },
  "a caller that adds to or sorts its list changes no other caller's list": ({ cachedHolidays }) => {
    const holidaysIn = cachedHolidays(countingLoader().load);
    const first = holidaysIn(2025);
    first.push({ date: '2025-12-31', name: 'Office closed', regions: [] });
    assert.deepEqual(holidaysIn(2025), expected(2025), "a push on the first caller's list reached the next caller");
    const second = holidaysIn(2025);
    second.sort((a, b) => a.name.localeCompare(b.name));
    second.splice(0, 1);
    assert.deepEqual(holidaysIn(2025), expected(2025), "a sort or splice on a caller's list reached the next caller");
    second.length = 0;
    assert.deepEqual(holidaysIn(2025), expected(2025), 'emptying a list emptied the cache');
  },
  "a caller that edits a holiday changes no other caller's holidays": ({ cachedHolidays }) => {
    const holidaysIn = cachedHolidays(countingLoader().load);
    const [newYear, stPatrick] = holidaysIn(2025);
    assert.ok(newYear !== undefined && stPatrick !== undefined, 'the 2025 list lost its holidays');
    newYear.name = 'Office closed';
    assert.deepEqual(
      holidaysIn(2025),
      expected(2025),
      "a renamed holiday in the first caller's list reached the next caller",
    );
    stPatrick.regions.push('ENG');
    assert.deepEqual(holidaysIn(2025), expected(2025), 'a region added by a caller reached the next caller');
    const [, later] = holidaysIn(2025);
    later?.regions.splice(0);
    assert.deepEqual(holidaysIn(2025), expected(2025), 'a region removed by a caller went missing for the next caller');
  },
  'a caller may change its own list': ({ cachedHolidays }) => {
    const holidaysIn = cachedHolidays(countingLoader().load);
    const mine = holidaysIn(2025);
    mine.push({ date: '2025-12-31', name: 'Office closed', regions: [] });
    mine.sort((a, b) => b.date.localeCompare(a.date));
    const [last] = mine;
    assert.ok(last !== undefined);
    last.regions.push('HQ');
    assert.deepEqual(
      mine.map((h) => `${h.date} ${h.regions.join('+')}`),
      ['2025-12-31 HQ', '2025-12-25 ', '2025-03-17 NIR', '2025-01-01 '],
      "a caller's own changes did not stick to its own list",
    );
  },
});
