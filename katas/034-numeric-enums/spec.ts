import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

function refuses(readStatus: typeof Kata.readStatus, column: number): void {
  assert.throws(
    () => readStatus(column),
    (error: unknown) => {
      assert.ok(error instanceof Error, `reading ${column} threw ${String(error)}, which is not an Error`);
      assert.match(
        error.message,
        new RegExp(`(^|[^\\d.])${column}($|[^\\d.])`),
        `"${error.message}" does not say ${column}`,
      );
      return true;
    },
    `the column ${column} was read as a status, though no status is ${column}`,
  );
}

export default defineSpec<typeof Kata>()({
  'each status stored in the column is read as that status': ({ OrderStatus, readStatus }) => {
    const stored = { Pending: 1, Paid: 2, Shipped: 4, Cancelled: 5 } as const;
    for (const [name, column] of Object.entries(stored)) {
      assert.equal(OrderStatus[name as keyof typeof stored], column, `OrderStatus.${name} is not ${column}`);
      assert.equal(readStatus(column), column, `the column ${column} was not read as ${name}`);
    }
  },
  'a number that was never a status, such as 0 or 42, is refused, and the error says which': ({ readStatus }) => {
    for (const column of [0, 42, -1, 6, 1.5]) refuses(readStatus, column);
  },
  'a number between two statuses, such as the retired 3, is refused': ({ readStatus }) => {
    refuses(readStatus, 3);
  },
  'the filter menu lists each status name once, in order': ({ statusNames }) => {
    const names = statusNames();
    assert.deepEqual(names, ['Pending', 'Paid', 'Shipped', 'Cancelled'], `the menu lists ${names.join(', ')}`);
  },
});
