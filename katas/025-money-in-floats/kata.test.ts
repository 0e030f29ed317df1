import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const euros = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' });

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a discount rounds each line to the cent, half up',
      'the amount due is the exact sum of the line totals',
      'a bill paid to the cent, in one payment or several, is paid in full',
    ],
    'cents-without-rounding': [
      'a discount rounds each line to the cent, half up',
      'the amount due is the exact sum of the line totals',
      'a bill paid to the cent, in one payment or several, is paid in full',
    ],
    'compare-with-epsilon': [
      'a discount rounds each line to the cent, half up',
      'the amount due is the exact sum of the line totals',
    ],
    'epsilon-nudge': [
      'a discount rounds each line to the cent, half up',
      'a bill paid to the cent, in one payment or several, is paid in full',
    ],
    'math-round-times-100': [
      'a discount rounds each line to the cent, half up',
      'the amount due is the exact sum of the line totals',
      'a bill paid to the cent, in one payment or several, is paid in full',
    ],
    'round-with-intl': [
      'a discount rounds each line to the cent, half up',
      'the amount due is the exact sum of the line totals',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: 0.1 + 0.2 is 0.30000000000000004, so a customer who pays 0.30 still owes money', async () => {
      const { amountDue, isPaidInFull } = await broken();
      const basket = [
        { unitPrice: 0.1, quantity: 1 },
        { unitPrice: 0.2, quantity: 1 },
      ];
      expect(amountDue(basket)).toBe(0.30000000000000004);
      expect(isPaidInFull(basket, [0.3])).toBe(false);
      expect(Array.from({ length: 10 }, () => 0.1).reduce((sum, dime) => sum + dime, 0)).toBe(0.9999999999999999);
    });

    it('broken: toFixed and Math.round see 1.005 as 1.00499999999999989…, and round it down', async () => {
      const { lineTotal } = await broken();
      expect(lineTotal({ unitPrice: 2.01, quantity: 1 }, 50)).toBe(1);
      expect((1.005).toFixed(20)).toBe('1.00499999999999989342');
      expect([(1.005).toFixed(2), Math.round(1.005 * 100) / 100]).toEqual(['1.00', 1]);
    });

    it('broken: Intl.NumberFormat rounds the shortest decimal, so it shows 1.005 as €1.01, but not 0.40499999999999997', async () => {
      const { lineTotal } = await wrongFix('round-with-intl')();
      expect(euros.format(1.005)).toBe('€1.01');
      expect(0.15 * 3 * 0.9).toBe(0.40499999999999997);
      expect(lineTotal({ unitPrice: 0.15, quantity: 3 }, 10)).toBe(0.4);
    });

    it('fixed: amounts are added in whole cents, so every sum is exact', async () => {
      const { amountDue, isPaidInFull, lineTotal } = await fixed();
      const basket = [
        { unitPrice: 0.1, quantity: 1 },
        { unitPrice: 0.2, quantity: 1 },
      ];
      expect(amountDue(basket)).toBe(0.3);
      expect(isPaidInFull(basket, [0.3])).toBe(true);
      expect(lineTotal({ unitPrice: 2.01, quantity: 1 }, 50)).toBe(1.01);
      expect(euros.format(amountDue(basket))).toBe('€0.30');
    });
  },
);
