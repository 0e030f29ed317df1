import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const week = [9, 12, 7, 10, 8] as const;

export default defineSpec<typeof Kata>()({
  'the latest reading is the last in the list': ({ latest }) => {
    const daily = [...week];
    assert.equal(latest(daily), 8);
    assert.deepEqual(daily, week, 'latest changed the readings it was given');
    assert.equal(latest([5]), 5);
    assert.equal(latest([3, 0]), 0, 'a day with 0 kWh is a reading like any other');
  },
  'with no readings, latest is refused with a clear message': ({ latest }) => {
    assert.throws(() => latest([]), new RangeError('there are no readings yet'));
  },
  'usage over a window the readings cover is the sum of its last days': ({ usageOver }) => {
    const daily = [...week];
    assert.equal(usageOver(daily, 1), 8);
    assert.equal(usageOver(daily, 3), 25);
    assert.equal(usageOver(daily, 5), 46, 'a window as long as the readings covers them all');
    assert.equal(usageOver(daily, 0), 0, 'a window of 0 days holds no usage');
    assert.equal(usageOver([], 0), 0, 'a window of 0 days needs no readings');
    assert.deepEqual(daily, week, 'usageOver changed the readings it was given');
  },
  'a window longer than the readings is refused with a clear message': ({ usageOver }) => {
    assert.throws(() => usageOver([...week], 6), new RangeError('usage over 6 days needs 6 readings, got 5'));
    assert.throws(() => usageOver([...week], 30), new RangeError('usage over 30 days needs 30 readings, got 5'));
    assert.throws(() => usageOver([], 7), new RangeError('usage over 7 days needs 7 readings, got 0'));
  },
});
