import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'each closure keeps the i of its own iteration': ({ multipliers }) => {
    const times2 = multipliers(4).map((f) => f(2));
    const expected = [0, 2, 4, 6];
    assert.ok(
      times2.every((got, i) => got === expected[i]),
      `times 2, the closures of multipliers(4) give [${times2.join(', ')}]; each should see the i of its own pass, 0 to 3`,
    );
    assert.deepEqual(
      multipliers(3).map((f) => f(5)),
      [0, 5, 10],
    );
    assert.deepEqual(multipliers(0), []);
  },
  'a method passed as a callback keeps its this': ({ Tally, sum }) => {
    assert.equal(sum([1, 2, 3]), 6);
    const tally = new Tally();
    [1, 2].forEach((amount) => tally.add(amount));
    assert.equal(tally.total, 3);
  },
  'each sum starts from zero': ({ sum }) => {
    assert.equal(sum([]), 0);
    assert.equal(sum([1, 2, 3]), 6);
    const next = sum([4]);
    assert.ok(next !== 10, 'sum([4]) gave 10: it went on from the total of sum([1, 2, 3]) before it');
    assert.equal(next, 4);
    assert.equal(sum([]), 0);
  },
});
