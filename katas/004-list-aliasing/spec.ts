import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'every day of a new week has a bucket of its own': ({ emptyWeek, book }) => {
    const week = emptyWeek();
    assert.deepEqual(week, [[], [], [], [], []]);
    book(week, 0, 10);
    book(week, 1, 20);
    book(week, 1, 25);
    assert.deepEqual(week, [[10], [20, 25], [], [], []]);
    assert.deepEqual(emptyWeek(), [[], [], [], [], []], 'a second week starts empty');
  },
  'a booking on the draft leaves the original week alone': ({ withBooking }) => {
    const week = [[], [], [7], [], []];
    const draft = withBooking(week, 2, 5);
    assert.deepEqual(draft, [[], [], [7, 5], [], []]);
    assert.deepEqual(week, [[], [], [7], [], []], 'the original week changed');
    week[0]?.push(1);
    assert.deepEqual(draft, [[], [], [7, 5], [], []], 'a later booking on the original reached the draft');
  },
  'a day outside the week is refused with a clear message': ({ emptyWeek, book, withBooking }) => {
    for (const day of [5, -1, 1.5, Number.NaN]) {
      assert.throws(() => book(emptyWeek(), day, 10), new RangeError(`the week has no bucket for day ${day}`));
    }
    assert.throws(() => withBooking([[], []], 2, 10), new RangeError('the week has no bucket for day 2'));
  },
});
