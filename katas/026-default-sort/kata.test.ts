import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const [major] = process.versions.node.split('.').map(Number);

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'the median is the middle sample by value',
      'a high percentile is a slow sample, and 0 and 100 are the fastest and the slowest',
      'the samples passed in keep their order',
    ],
    'comparator-in-place': ['the samples passed in keep their order'],
    'copy-without-comparator': [
      'the median is the middle sample by value',
      'a high percentile is a slow sample, and 0 and 100 are the fastest and the slowest',
    ],
    descending: [
      'the median is the middle sample by value',
      'a high percentile is a slow sample, and 0 and 100 are the fastest and the slowest',
    ],
    'greater-than-comparator': [
      'the median is the middle sample by value',
      'a high percentile is a slow sample, and 0 and 100 are the fastest and the slowest',
    ],
    'numeric-locale-compare': ['a high percentile is a slow sample, and 0 and 100 are the fastest and the slowest'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: sort with no comparator orders the numbers as strings, so 1040 comes first', async () => {
      const { percentile } = await broken();
      const samples = [120, 95, 1040, 87, 230, 15, 9];
      expect(percentile(samples, 90)).toBe(95);
      expect(samples).toEqual([1040, 120, 15, 230, 87, 9, 95]);
      // eslint-disable-next-line @typescript-eslint/require-array-sort-compare -- the test pins what the default sort does
      expect([1, 10, 2].sort()).toEqual([1, 10, 2]);
    });

    it('broken: sort reorders the array it is called on, and returns that same array', async () => {
      const { percentile } = await broken();
      const samples = [3, 1, 2];
      percentile(samples, 50);
      expect(samples).toEqual([1, 2, 3]);
      expect(() => percentile(Object.freeze([3, 1, 2]), 50)).toThrow(TypeError);
    });

    it('broken: wrong fix "greater-than-comparator" never returns a negative, so nothing moves', async () => {
      const { percentile } = await wrongFix('greater-than-comparator')();
      expect(percentile([120, 95, 1040, 87, 230, 15, 9], 100)).toBe(9);
    });

    it('fixed: toSorted exists on Node 20, 22 and 24, and is typed by lib es2023, on readonly arrays too', async () => {
      const { percentile } = await fixed();
      expect(major).toBeGreaterThanOrEqual(20);
      expect(typeof Array.prototype.toSorted).toBe('function');
      const samples: readonly number[] = [120, 95, 1040];
      expectTypeOf(samples.toSorted((a, b) => a - b)).toEqualTypeOf<number[]>();
      expect(percentile(samples, 100)).toBe(1040);
      expect(samples).toEqual([120, 95, 1040]);
    });

    it('fixed: with readonly samples, an in-place sort is a compile error (only the types guard it)', () => {
      const samples: readonly number[] = [120, 95, 1040];
      // @ts-expect-error sort does not exist on readonly number[], as it would change the array
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the call does not typecheck, so it has no type to check
      samples.sort((a: number, b: number) => a - b);
      expect(samples).toEqual([95, 120, 1040]);
    });
  },
);
