import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'every day of a new week has a bucket of its own': ({ emptyWeek, book }) => {
    const week = emptyWeek();
    assert.ok(
      week.length === 5 && [...week].every((day) => Array.isArray(day) && day.length === 0),
      'a new week needs five days, each an empty array',
    );
    book(week, 0, 10);
    assert.ok(!week.slice(1).some((day) => day.includes(10)), 'a booking on day 0 showed up on other days too');
    book(week, 1, 20);
    book(week, 1, 25);
    assert.deepEqual(week, [[10], [20, 25], [], [], []]);
    const next = emptyWeek();
    assert.ok(!next.some((day) => day.length > 0), 'a second week starts with the bookings of the first');
    assert.deepEqual(next, [[], [], [], [], []]);
  },
  'a booking on the draft leaves the original week alone': ({ withBooking }) => {
    const week = [[], [], [7], [], []];
    const draft = withBooking(week, 2, 5);
    assert.deepEqual(draft, [[], [], [7, 5], [], []]);
    assert.ok(!week[2]?.includes(5), 'a booking on the draft showed up in the original week');
    assert.deepEqual(week, [[], [], [7], [], []]);
    week[0]?.push(1);
    assert.ok(!draft[0]?.includes(1), 'a later booking on the original week showed up in the draft');
    assert.deepEqual(draft, [[], [], [7, 5], [], []]);
  },
  'a day outside the week is refused with a clear message': ({ emptyWeek, book, withBooking }) => {
    for (const day of [5, -1, 1.5, Number.NaN]) {
      const refusal = new RangeError(`the week has no bucket for day ${day}`);
      throwsIn(`book(week, ${day}, 10)`, () => book(emptyWeek(), day, 10), refusal);
      throwsIn(`withBooking(week, ${day}, 10)`, () => withBooking(emptyWeek(), day, 10), refusal);
    }
    const short = [[], []];
    throwsIn(
      'withBooking on a two-day week, day 2',
      () => withBooking(short, 2, 10),
      new RangeError('the week has no bucket for day 2'),
    );
  },
});

/** assert.throws, with the failing call named in front of the assertion's own explanation. */
function throwsIn(call: string, run: () => unknown, expected: Error): void {
  try {
    assert.throws(run, expected);
  } catch (error) {
    if (error instanceof assert.AssertionError) error.message = `${call}: ${error.message}`;
    throw error;
  }
}
