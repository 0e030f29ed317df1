import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

interface Parcel {
  readonly kg: number;
  readonly zone: string;
}

/** A memoized function that counts how often it really runs, per argument. */
function counted<A extends object, R>(memoize: typeof Kata.memoize, compute: (arg: A) => R) {
  const runs = new Map<A, number>();
  const memo = memoize((arg: A) => {
    runs.set(arg, (runs.get(arg) ?? 0) + 1);
    return compute(arg);
  });
  return { memo, runs: (arg: A) => runs.get(arg) ?? 0 };
}

const price = (parcel: Parcel): number => parcel.kg * (parcel.zone === 'EU' ? 4 : 9);

export default defineSpec<typeof Kata>()({
  'each argument gets its own result': ({ memoize }) => {
    const { memo } = counted(memoize, price);
    const parcels = [
      { kg: 1, zone: 'EU' },
      { kg: 20, zone: 'US' },
      { kg: 3, zone: 'EU' },
    ];
    for (const parcel of parcels) {
      const got = memo(parcel);
      assert.equal(
        got,
        price(parcel),
        `the ${parcel.kg} kg parcel to ${parcel.zone} cost ${got}, another parcel's price`,
      );
    }
  },
  'an argument is computed once, and its result is reused': ({ memoize }) => {
    const { memo, runs } = counted(memoize, (parcel: Parcel) => ({ total: price(parcel) }));
    const small = { kg: 1, zone: 'EU' };
    const heavy = { kg: 20, zone: 'US' };
    const first = [memo(small), memo(heavy)];
    const again = [memo(small), memo(heavy), memo(small)];
    assert.equal(runs(small), 1, `the function ran ${runs(small)} times for one parcel, not once`);
    assert.equal(runs(heavy), 1, `the function ran ${runs(heavy)} times for the second parcel, not once`);
    assert.equal(again[0], first[0], 'a second call returned a new result, not the one remembered');
    assert.equal(again[1], first[1], 'a second call for the second parcel returned a result other than its own');
  },
  'a result of 0, false or undefined is remembered too': ({ memoize }) => {
    for (const result of [0, false, undefined, '']) {
      const { memo, runs } = counted(memoize, () => result);
      const arg = { result };
      const got = memo(arg);
      assert.equal(got, result, `the first call returned ${String(got)}, not ${String(result)}`);
      assert.equal(memo(arg), result, `the second call returned something other than ${String(result)}`);
      assert.equal(
        runs(arg),
        1,
        `a result of ${JSON.stringify(result) ?? 'undefined'} was computed again, not remembered`,
      );
    }
  },
  'arguments that JSON cannot tell apart get their own results': ({ memoize }) => {
    const { memo } = counted(memoize, (order: { readonly items: Map<string, number> }) => order.items.size);
    const full = { items: new Map([['apple', 2]]) };
    const empty = { items: new Map<string, number>() };
    assert.equal(memo(full), 1, 'the order with one line did not count one line');
    assert.equal(memo(empty), 0, 'an empty order got the result of another order whose JSON is the same, {"items":{}}');
  },
});
