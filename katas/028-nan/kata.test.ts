import { Linter } from 'eslint';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const linter = new Linter({ configType: 'flat' });
const useIsNaNReports = (code: string, options: object = {}): string[] =>
  linter.verify(code, [{ rules: { 'use-isnan': ['error', options] } }]).map((m) => m.message);

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'the first failed read, logged as NaN, is found by its index',
      'a run of failed reads is published once, as the failure it is',
      'text that is no number is no reading',
      'a blank field is no reading, not 0',
    ],
    'global-is-nan': ['a blank field is no reading, not 0'],
    'includes-then-index-of': ['the first failed read, logged as NaN, is found by its index'],
    'parse-float': ['text that is no number is no reading'],
    'set-of-reads': [
      'a read is published when it differs from the read before it',
      'a run of failed reads is published once, as the failure it is',
    ],
    'skip-failed-reads': ['a run of failed reads is published once, as the failure it is'],
  },
  ({ broken, fixed }) => {
    it('broken: NaN is not equal to itself, so indexOf cannot find it, while includes can', async () => {
      const { firstFailedRead } = await broken();
      const log = [21.5, NaN];
      expect(firstFailedRead(log)).toBeUndefined();
      // eslint-disable-next-line use-isnan -- the test pins what indexOf does with NaN
      expect(log.indexOf(NaN)).toBe(-1);
      expect(log.includes(NaN)).toBe(true);
      expect(log.findIndex((read) => Number.isNaN(read))).toBe(1);
      const failed = Number.NaN;
      expect([failed === failed, failed !== failed, Object.is(failed, NaN)]).toEqual([false, true, true]);
    });

    it('broken: every failed read differs from the one before it, so a dead probe floods the dashboard', async () => {
      const { readsToPublish } = await broken();
      expect(readsToPublish([21.5, NaN, NaN, NaN, 21.5])).toEqual([21.5, NaN, NaN, NaN, 21.5]);
      expect(readsToPublish([21.5, 21.5])).toEqual([21.5]);
    });

    it("broken: Number.isNaN converts nothing, so no string is NaN; the global isNaN converts, so isNaN('abc')", async () => {
      const { parseTypedReading } = await broken();
      expect(parseTypedReading('n/a')).toBeNaN();
      expect(parseTypedReading('')).toBe(0);
      expect([Number.isNaN('abc'), Number.isNaN(Number('abc'))]).toEqual([false, true]);
      // @ts-expect-error the global isNaN takes a number, so tsc rejects a string; at run time it converts it first
      expect([isNaN('abc'), isNaN(''), isNaN(' ')]).toEqual([true, false, false]);
      const missing: unknown = undefined;
      expect([isNaN(missing as number), isNaN(null as unknown as number)]).toEqual([true, false]);
    });

    it('broken: tsc rejects a comparison with NaN, but not indexOf(NaN) or Number.isNaN of a string', () => {
      const read = Number('n/a');
      // @ts-expect-error TS2845: this condition will always return 'false'
      // eslint-disable-next-line use-isnan -- the point is what the compiler says about === NaN
      expect(read === NaN).toBe(false);
    });

    it('broken: use-isnan flags a comparison with NaN always, and indexOf(NaN) only with enforceForIndexOf', () => {
      expect(useIsNaNReports('if (read === NaN) {}')).toHaveLength(1);
      expect(useIsNaNReports('const i = log.indexOf(NaN);')).toEqual([]);
      expect(useIsNaNReports('const i = log.indexOf(NaN);', { enforceForIndexOf: true })).toHaveLength(1);
      expect(useIsNaNReports('log.filter((read, i) => read !== log[i - 1]);', { enforceForIndexOf: true })).toEqual([]);
      expect(useIsNaNReports('const bad = Number.isNaN(typed);', { enforceForIndexOf: true })).toEqual([]);
    });

    it('fixed: the failure is found, a run of failures is published once, and only numbers are read', async () => {
      const { firstFailedRead, readsToPublish, parseTypedReading } = await fixed();
      expect(firstFailedRead([21.5, NaN, NaN])).toBe(1);
      expect(readsToPublish([21.5, NaN, NaN, NaN, 21.5])).toEqual([21.5, NaN, 21.5]);
      expect([parseTypedReading('19.8'), parseTypedReading('n/a'), parseTypedReading('')]).toEqual([
        19.8,
        undefined,
        undefined,
      ]);
    });

    it('fixed: Object.is tells 0 from -0, so a read that rounds to -0 after 0 is published as a change', async () => {
      const { readsToPublish } = await fixed();
      expect(readsToPublish([0, Math.round(-0.4)])).toEqual([0, -0]);
      expect(Object.is(Math.round(-0.4), -0)).toBe(true);
    });
  },
);
