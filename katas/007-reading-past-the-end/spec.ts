import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const week = [9, 12, 7, 10, 8] as const;

export default defineSpec<typeof Kata>()({
  'the latest reading is the last in the list': ({ latest }) => {
    const daily = [...week];
    assert.equal(latest(daily), 8);
    because('latest changed the readings it was given', () => assert.deepEqual(daily, week));
    assert.equal(latest([5]), 5);
    because('a day with 0 kWh is a reading like any other', () => assert.equal(latest([3, 0]), 0));
  },
  'with no readings, latest is refused with a clear message': ({ latest }) => {
    assert.throws(() => latest([]), new RangeError('there are no readings yet'));
  },
  'usage over a window the readings cover is the sum of its last days': ({ usageOver }) => {
    const daily = [...week];
    assert.equal(usageOver(daily, 1), 8);
    assert.equal(usageOver(daily, 3), 25);
    because('a window as long as the readings covers them all', () => assert.equal(usageOver(daily, 5), 46));
    because('a window of 0 days holds no usage', () => assert.equal(usageOver(daily, 0), 0));
    because('a window of 0 days needs no readings', () => assert.equal(usageOver([], 0), 0));
    because('usageOver changed the readings it was given', () => assert.deepEqual(daily, week));
  },
  'a window longer than the readings is refused with a clear message': ({ usageOver }) => {
    assert.throws(() => usageOver([...week], 6), new RangeError('usage over 6 days needs 6 readings, got 5'));
    assert.throws(() => usageOver([...week], 30), new RangeError('usage over 30 days needs 30 readings, got 5'));
    assert.throws(() => usageOver([], 7), new RangeError('usage over 7 days needs 7 readings, got 0'));
  },
});

/** Runs an assertion, and puts what went wrong, in words, in front of the assertion's own explanation. */
function because(what: string, assertion: () => void): void {
  try {
    assertion();
  } catch (error) {
    if (error instanceof assert.AssertionError) error.message = `${what}\n${error.message}`;
    throw error;
  }
}
