import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'numbers each kept reading by its place in the stream, counting from 1': ({ validReadings }) => {
    assert.deepEqual(validReadings([4]), ['#1: 4']);
    assert.deepEqual(validReadings([4, 6, 8]), ['#1: 4', '#3: 8']);
    because('equal readings keep their own places', () =>
      assert.deepEqual(validReadings([4, 4, 4, 4, 4]), ['#1: 4', '#3: 4', '#5: 4']),
    );
    const stream = Array.from({ length: 12 }, (_, i) => 100 + 2 * i);
    const before = [...stream];
    assert.deepEqual(validReadings(stream), ['#1: 100', '#3: 104', '#5: 108', '#7: 112', '#9: 116', '#11: 120']);
    because('validReadings changed the samples it was given', () => assert.deepEqual(stream, before));
  },
  'keeps only the readings at even indexes, one a second': ({ validReadings }) => {
    assert.deepEqual(validReadings([2, 4, 6, 8]), ['#1: 2', '#3: 6']);
    because('the reading at index 1 is the second of its second', () => assert.deepEqual(validReadings([1, 2]), []));
    assert.deepEqual(validReadings([]), []);
  },
  'drops flagged (odd) readings, below zero too': ({ validReadings }) => {
    because('-3 is odd, so the sensor flagged it', () => assert.deepEqual(validReadings([-3]), []));
    because('-4 is even, a valid reading below zero', () => assert.deepEqual(validReadings([-4]), ['#1: -4']));
    because('0 is even, a valid reading', () => assert.deepEqual(validReadings([0]), ['#1: 0']));
    assert.deepEqual(validReadings([-7, 0, 5, 0, -2, 3, 7]), ['#5: -2']);
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
