import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'each argument gets its own result',
      'an argument is computed once, and its result is reused',
      'arguments that JSON cannot tell apart get their own results',
    ],
    'json-key': ['arguments that JSON cannot tell apart get their own results'],
    'map-with-string-key': [
      'each argument gets its own result',
      'an argument is computed once, and its result is reused',
      'arguments that JSON cannot tell apart get their own results',
    ],
    'nullish-hit': ['a result of 0, false or undefined is remembered too'],
    'truthy-hit': ['a result of 0, false or undefined is remembered too'],
  },
  ({ broken, fixed }) => {
    it("broken: every object becomes the key '[object Object]', so the second parcel gets the first one's price", async () => {
      const { memoize } = await broken();
      const shipping = memoize((parcel: { kg: number }) => parcel.kg * 4);
      expect([shipping({ kg: 1 }), shipping({ kg: 20 })]).toEqual([4, 4]);
    });

    it('broken: a plain object turns each object key into the same string', () => {
      const byCustomer: Record<string, number> = {};
      const [ada, bob] = [{ name: 'Ada' }, { name: 'Bob' }];
      // @ts-expect-error an object cannot index a Record<string, number> (TS2538); broken.ts calls String to get past it
      byCustomer[ada] = 1;
      // @ts-expect-error the same error for the second customer
      byCustomer[bob] = 2;
      expect(byCustomer).toEqual({ '[object Object]': 2 });
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the test pins the string every plain object turns into
      expect([String(ada), String(bob)]).toEqual(['[object Object]', '[object Object]']);
    });

    it('broken: Set and includes compare objects by reference, so an equal-looking copy is another value', () => {
      const ada = { name: 'Ada' };
      expect(new Set([ada, ada, { name: 'Ada' }]).size).toBe(2);
      expect([ada].includes({ name: 'Ada' })).toBe(false);
      expect([ada].indexOf({ name: 'Ada' })).toBe(-1);
      expect([ada].includes(ada)).toBe(true);
    });

    it('fixed: a WeakMap keys each result by the object itself', async () => {
      const { memoize } = await fixed();
      const shipping = memoize((parcel: { kg: number }) => parcel.kg * 4);
      expect([shipping({ kg: 1 }), shipping({ kg: 20 })]).toEqual([4, 80]);
      const byCustomer = new Map<object, number>();
      byCustomer.set({ name: 'Ada' }, 1).set({ name: 'Ada' }, 2);
      expect(byCustomer.size).toBe(2);
    });
  },
);
