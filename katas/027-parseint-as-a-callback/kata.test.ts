import { Linter } from 'eslint';
import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const linter = new Linter({ configType: 'flat' });
const radixReports = (code: string): string[] =>
  linter.verify(code, [{ rules: { radix: 'error' } }]).map((m) => m.message);

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a version is read as its numbers, in decimal',
      'a version is compared with the minimum number by number, not as text',
      'a version is at least itself, and a missing part counts as 0',
    ],
    'compare-as-strings': [
      'a version is compared with the minimum number by number, not as text',
      'a version is at least itself, and a missing part counts as 0',
    ],
    'number-parseint-callback': [
      'a version is read as its numbers, in decimal',
      'a version is compared with the minimum number by number, not as text',
      'a version is at least itself, and a missing part counts as 0',
    ],
    'numeric-locale-compare': ['a version is at least itself, and a missing part counts as 0'],
    'parse-float-whole': [
      'a version is compared with the minimum number by number, not as text',
      'a version is at least itself, and a missing part counts as 0',
    ],
    'radix-as-this-arg': [
      'a version is read as its numbers, in decimal',
      'a version is compared with the minimum number by number, not as text',
      'a version is at least itself, and a missing part counts as 0',
    ],
  },
  ({ broken, fixed }) => {
    it('broken: map passes the index as the radix: radix 0 means 10, radix 1 is invalid, and 3 is no binary digit', async () => {
      const { parseVersion, isAtLeast } = await broken();
      expect(parseVersion('1.10.3')).toEqual([1, NaN, NaN]);
      expect(parseVersion('2.0.1')).toEqual([2, NaN, 1]);
      // eslint-disable-next-line radix -- the test pins what the radixes map passes, 0 and 1, do
      expect([parseInt('1', 0), parseInt('10', 1), parseInt('3', 2), parseInt('1', 2)]).toEqual([1, NaN, NaN, 1]);
      expect(isAtLeast('1.10.3', '1.10.3')).toBe(false);
    });

    it('broken: parseInt reads a string, and String(0.0000005) is "5e-7", so it gives 5', () => {
      expect(String(0.0000005)).toBe('5e-7');
      expect(Number.parseInt(String(0.0000005), 10)).toBe(5);
      // @ts-expect-error parseInt takes a string, so tsc rejects a number here; the runtime converts it with String
      expect(Number.parseInt(0.0000005, 10)).toBe(5);
    });

    it('broken: radix flags a call without a radix, but not parseInt passed by name', () => {
      expect(radixReports("text.split('.').map(parseInt);")).toEqual([]);
      expect(radixReports("text.split('.').map(Number.parseInt);")).toEqual([]);
      expect(radixReports("text.split('.').map(parseInt, 10);")).toEqual([]);
      expect(radixReports("text.split('.').map((part) => parseInt(part));")).toEqual(['Missing radix parameter.']);
      expect(radixReports("text.split('.').map((part) => Number.parseInt(part));")).toEqual([
        'Missing radix parameter.',
      ]);
    });

    it("broken: parseInt's type fits map's callback, so the compiler accepts it", () => {
      expectTypeOf(parseInt).toExtend<(value: string, index: number, array: string[]) => number>();
    });

    it('fixed: each part is parsed in base 10, and the versions compare number by number', async () => {
      const { parseVersion, isAtLeast } = await fixed();
      expect(parseVersion('1.10.3')).toEqual([1, 10, 3]);
      expect(isAtLeast('1.10.3', '1.9.0')).toBe(true);
      expect(isAtLeast('1.9.0', '1.10.3')).toBe(false);
    });
  },
);
