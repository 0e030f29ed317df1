import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

// eslint-disable-next-line eqeqeq -- these tests pin what == itself does
const looselyEqual = (a: unknown, b: unknown): boolean => a == b;

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a tip of 0 from the app is 0, and a null one is the default 15',
      'a ticked checkbox, which posts on, asks for gift wrap, and an unticked one, which posts nothing, does not',
      'gift wrap from a link is the word true or false',
    ],
    'boolean-cast': ['gift wrap from a link is the word true or false'],
    'nullish-tip': ['a tip typed into the web form is read as a number, and a blank one is the default 15'],
    'on-or-true': ['gift wrap from a link is the word true or false'],
    'or-default': [
      'a tip typed into the web form is read as a number, and a blank one is the default 15',
      'a tip of 0 from the app is 0, and a null one is the default 15',
    ],
    'triple-equals-everywhere': [
      'a checkout without a tip field gets the default 15',
      'a ticked checkbox, which posts on, asks for gift wrap, and an unticked one, which posts nothing, does not',
      'gift wrap from a link is the word true or false',
    ],
  },
  ({ broken, fixed }) => {
    it('broken: a tip of 0 counts as blank, because 0 == "" converts "" to the number 0', async () => {
      const { readCheckout } = await broken();
      expect(readCheckout({ tip: 0, giftWrap: true })).toEqual({ tipPercent: 15, giftWrap: true });
      expect(looselyEqual(0, '')).toBe(true);
      expect(Number('')).toBe(0);
    });

    it('broken: a ticked checkbox is no gift wrap, because == turns "on" and "true" into NaN', async () => {
      const { readCheckout } = await broken();
      expect(readCheckout({ tip: '', giftWrap: 'on' }).giftWrap).toBe(false);
      expect(readCheckout({ tip: '', giftWrap: 'true' }).giftWrap).toBe(false);
      expect(readCheckout({ tip: '', giftWrap: '1' }).giftWrap).toBe(true);
      expect([Number('on'), Number('true'), Number(true)]).toEqual([NaN, NaN, 1]);
    });

    it("broken: '0' == false and [] == ![] are true, null == 0 is false, and null >= 0 is true", () => {
      expect(looselyEqual('0', false)).toBe(true);
      const empty: unknown[] = [];
      expect(looselyEqual(empty, !empty)).toBe(true);
      expect(looselyEqual(null, 0)).toBe(false);
      expect(looselyEqual(null, undefined)).toBe(true);
      const missing = null as number | null;
      // @ts-expect-error null >= 0 is rejected under strict: the object is possibly null
      expect(missing >= 0).toBe(true);
    });

    it('broken: where both types are known, tsc rejects the comparison, and says [] == ![] is always false', () => {
      const typed: string = '0';
      // @ts-expect-error TS2367: the types string and boolean have no overlap
      // eslint-disable-next-line eqeqeq -- the point is what the compiler says about ==
      expect(typed == false).toBe(true);
      // @ts-expect-error TS2839 says this is always false, since objects compare by reference; it is true
      // eslint-disable-next-line eqeqeq, no-constant-binary-expression -- the point is what the compiler says about ==
      expect([] == ![]).toBe(true);
    });

    it('fixed: each client is read by the values it sends, with ===', async () => {
      const { readCheckout } = await fixed();
      expect(readCheckout({ tip: '', giftWrap: 'on' })).toEqual({ tipPercent: 15, giftWrap: true });
      expect(readCheckout({ tip: 0, giftWrap: true })).toEqual({ tipPercent: 0, giftWrap: true });
      expect(readCheckout({ tip: '0', giftWrap: 'true' })).toEqual({ tipPercent: 0, giftWrap: true });
      expect(readCheckout({})).toEqual({ tipPercent: 15, giftWrap: false });
    });
  },
);
