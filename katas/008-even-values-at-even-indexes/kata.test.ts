import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const samples = [12, 7, 14, 9, -3, 8, 20, 5, 6, 1, 18];

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'numbers each kept reading by its place in the stream, counting from 1',
      'keeps only the readings at even indexes, one a second',
      'drops flagged (odd) readings, below zero too',
    ],
    'drop-negatives': ['drops flagged (odd) readings, below zero too'],
    'filter-then-number': [
      'numbers each kept reading by its place in the stream, counting from 1',
      'keeps only the readings at even indexes, one a second',
      'drops flagged (odd) readings, below zero too',
    ],
    'index-of': ['numbers each kept reading by its place in the stream, counting from 1'],
    'number-the-key': ['drops flagged (odd) readings, below zero too'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: for…in yields each index as a string, so i + 1 glues a 1 onto it', () => {
      const keys: unknown[] = [];
      // eslint-disable-next-line @typescript-eslint/no-for-in-array -- the loop this kata is about
      for (const i in [10, 20, 30]) {
        expectTypeOf(i).toEqualTypeOf<string>();
        keys.push(i, `${i + 1}`);
      }
      expect(keys).toEqual(['0', '01', '1', '11', '2', '21']);
    });

    it('broken: tsc rejects arithmetic on the string key, but not a string plus a number', () => {
      // eslint-disable-next-line @typescript-eslint/no-for-in-array -- the loop this kata is about
      for (const i in samples) {
        // @ts-expect-error the left side of % must be a number, and i is a string
        expect(i % 2).toBe(Number(i) % 2);
        expect(`${i + 1}`).toBe(`${i}1`);
      }
    });

    it('broken: % keeps the sign of the left side, so -3 % 2 === 1 is false', () => {
      expect([-3 % 2, 3 % 2, -4 % 2]).toEqual([-1, 1, -0]);
      expect(-3 % 2 === 1).toBe(false);
      expect(-4 % 2 === 0).toBe(true);
    });

    it('broken: the log numbers readings #01, #21, #41 and keeps the flagged -3', async () => {
      const { validReadings } = await broken();
      expect(validReadings(samples)).toEqual(['#01: 12', '#21: 14', '#41: -3', '#61: 20', '#81: 6', '#101: 18']);
    });

    it('broken: wrong fix "filter-then-number" numbers the kept readings, not their places', async () => {
      const { validReadings } = await wrongFix('filter-then-number')();
      expect(validReadings(samples)).toEqual(['#1: 12', '#2: 14', '#3: 20', '#4: 6', '#5: 18']);
    });

    it('broken: wrong fix "index-of" gives every equal reading the place of the first', async () => {
      const { validReadings } = await wrongFix('index-of')();
      expect(validReadings([4, 4, 4])).toEqual(['#1: 4', '#1: 4', '#1: 4']);
    });

    it('fixed: entries() gives number indexes, and % 2 !== 0 finds odd numbers of either sign', async () => {
      const { validReadings } = await fixed();
      expect(validReadings(samples)).toEqual(['#1: 12', '#3: 14', '#7: 20', '#9: 6', '#11: 18']);
      expect(validReadings(samples)).toEqual(
        samples.flatMap((x, i) => (i % 2 === 0 && x % 2 === 0 ? [`#${i + 1}: ${x}`] : [])),
      );
    });
  },
);
