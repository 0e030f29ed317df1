import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const item = (unitPrice: number, quantity = 1): Kata.LineItem => ({ unitPrice, quantity });
const show = (items: readonly Kata.LineItem[]) => items.map((i) => `${i.quantity} × ${i.unitPrice}`).join(' + ');
const tenDimes = Array.from({ length: 10 }, () => 0.1);

export default defineSpec<typeof Kata>()({
  'a line total is the unit price times the quantity, to the cent': ({ lineTotal }) => {
    for (const [line, expected] of [
      [item(19.99, 3), 59.97],
      [item(0.1, 3), 0.3],
      [item(1.1, 3), 3.3],
      [item(0.29), 0.29],
      [item(4.35, 100), 435],
    ] as const) {
      assert.equal(lineTotal(line), expected, `${show([line])} came to ${lineTotal(line)}, not ${expected}`);
    }
  },
  'a discount rounds each line to the cent, half up': ({ lineTotal }) => {
    for (const [line, percent, expected] of [
      [item(2.01), 50, 1.01],
      [item(0.29), 50, 0.15],
      [item(0.15, 3), 10, 0.41],
      [item(1024.09), 50, 512.05],
      [item(2.02), 50, 1.01],
      [item(3.33), 10, 3],
      [item(10, 3), 15, 25.5],
      [item(19.99, 2), 0, 39.98],
    ] as const) {
      const total = lineTotal(line, percent);
      assert.equal(total, expected, `${show([line])} at ${percent}% off came to ${total}, not ${expected}`);
    }
  },
  'the amount due is the exact sum of the line totals': ({ amountDue }) => {
    for (const [items, percent, expected] of [
      [[item(0.1), item(0.2)], 0, 0.3],
      [tenDimes.map((price) => item(price)), 0, 1],
      [[item(19.99, 3), item(5.01)], 0, 64.98],
      [[item(2.01), item(0.29), item(0.15, 3)], 50, 1.39],
      [[], 0, 0],
    ] as const) {
      const due = amountDue(items, percent);
      assert.equal(due, expected, `${show(items)} at ${percent}% off came to ${due}, not ${expected}`);
    }
  },
  'a bill paid to the cent, in one payment or several, is paid in full': ({ isPaidInFull }) => {
    for (const [items, payments] of [
      [[item(0.1), item(0.2)], [0.3]],
      [[item(0.3)], [0.1, 0.2]],
      [[item(1)], tenDimes],
      [[item(0.29)], [0.29]],
      [
        [item(19.99, 3), item(5.01)],
        [60, 4.98],
      ],
      [[], []],
    ] as const) {
      assert.ok(
        isPaidInFull(items, payments),
        `${show(items)}, paid ${payments.join(' + ') || 'nothing'}, is not paid in full`,
      );
    }
  },
  'a bill paid a cent short is not paid in full': ({ isPaidInFull }) => {
    for (const [items, payments] of [
      [[item(0.1), item(0.2)], [0.29]],
      [[item(1)], tenDimes.slice(1)],
      [[item(0.29)], [0.28]],
      [
        [item(19.99, 3), item(5.01)],
        [60, 4.97],
      ],
      [[item(0.01)], []],
    ] as const) {
      assert.ok(
        !isPaidInFull(items, payments),
        `${show(items)}, paid ${payments.join(' + ') || 'nothing'}, is paid in full`,
      );
    }
  },
});
