import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const lines = [
  { item: 'tea', cents: 250 },
  { item: 'cake', cents: 375 },
  { item: 'tip', cents: 5 },
];

export default defineSpec<typeof Kata>()({
  'a price is in euros unless a currency is given': ({ price }) => {
    assert.equal(price(1250), '12.50 EUR');
    assert.equal(price(5, 'USD'), '0.05 USD');
    assert.equal(price(0), '0.00 EUR');
  },
  'a receipt lists each line and the total, in euros by default': ({ receipt }) => {
    assert.deepEqual(receipt(lines), ['tea: 2.50 EUR', 'cake: 3.75 EUR', 'tip: 0.05 EUR', 'total: 6.30 EUR']);
    because('a receipt with no lines', () => assert.deepEqual(receipt([], {}), ['total: 0.00 EUR']));
  },
  'a receipt in another currency shows it on every line and the total': ({ receipt }) => {
    assert.deepEqual(receipt(lines, { currency: 'USD' }), [
      'tea: 2.50 USD',
      'cake: 3.75 USD',
      'tip: 0.05 USD',
      'total: 6.30 USD',
    ]);
    assert.deepEqual(receipt([{ item: 'tea', cents: 250 }], { currency: 'CHF' }), ['tea: 2.50 CHF', 'total: 2.50 CHF']);
  },
});

/** Runs an assertion, and puts what went wrong, in words, in front of the assertion's own explanation. */
function because(what: string, assertion: () => void): void {
  try {
    assertion();
  } catch (error) {
    if (error instanceof assert.AssertionError) error.message = `${what}\n${error.message}`;
    throw error;
  }
}
