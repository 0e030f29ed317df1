import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const arrivals = [120, 95, 1040, 87, 230, 15, 9];
const fractions = [12.5, 9.75, 100.25, 3, 1.25, 1.5];

function expectPercentile(percentile: typeof Kata.percentile, samples: number[], percent: number, expected: number) {
  const got = percentile([...samples], percent);
  assert.equal(
    got,
    expected,
    `the ${percent}th percentile of [${samples.join(', ')}] came out ${got}, not ${expected}`,
  );
}

export default defineSpec<typeof Kata>()({
  'the median is the middle sample by value': ({ percentile }) => {
    expectPercentile(percentile, arrivals, 50, 95);
    expectPercentile(percentile, fractions, 50, 3);
    expectPercentile(percentile, [2, 10, 1], 50, 2);
  },
  'a high percentile is a slow sample, and 0 and 100 are the fastest and the slowest': ({ percentile }) => {
    expectPercentile(percentile, arrivals, 90, 1040);
    expectPercentile(percentile, arrivals, 80, 230);
    expectPercentile(percentile, arrivals, 100, 1040);
    expectPercentile(percentile, arrivals, 0, 9);
    expectPercentile(percentile, arrivals, 1, 9);
    expectPercentile(percentile, fractions, 25, 1.5);
    expectPercentile(percentile, fractions, 51, 9.75);
  },
  'equal samples and a single sample give that sample': ({ percentile }) => {
    expectPercentile(percentile, [7, 7, 7], 50, 7);
    expectPercentile(percentile, [42], 99, 42);
  },
  'the samples passed in keep their order': ({ percentile }) => {
    const samples = [...arrivals];
    percentile(samples, 50);
    assert.deepEqual(samples, arrivals, `percentile reordered the caller's samples to [${samples.join(', ')}]`);
    const frozen = Object.freeze([...fractions]);
    assert.doesNotThrow(() => percentile(frozen, 50), 'percentile throws on a frozen array of samples');
  },
  'no samples, or a percent above 100, is a RangeError': ({ percentile }) => {
    assert.throws(() => percentile([], 50), new RangeError('0 samples have no 50th percentile'));
    assert.throws(() => percentile([...arrivals], 101), new RangeError('7 samples have no 101th percentile'));
  },
});
