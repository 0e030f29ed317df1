import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'each closure keeps the i of its own iteration': ({ multipliers }) => {
    assert.deepEqual(
      multipliers(4).map((f) => f(2)),
      [0, 2, 4, 6],
    );
    assert.deepEqual(
      multipliers(3).map((f) => f(5)),
      [0, 5, 10],
    );
    assert.deepEqual(multipliers(0), []);
  },
  'a method passed as a callback keeps its this': ({ sum }) => {
    assert.equal(sum([1, 2, 3]), 6);
    assert.equal(sum([]), 0);
  },
});
