import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const now = 1_700_000_000_000;
const live = (token: string): Kata.Session => ({ token, expiresAt: now + 60_000 });
const expired = (token: string): Kata.Session => ({ token, expiresAt: now - 60_000 });
const order = (id: number, status: Kata.Order['status']): Kata.Order => ({ id, status });

function noHoles(list: readonly unknown[]): void {
  for (let i = 0; i < list.length; i++) {
    assert.ok(i in list, `the list has a hole at index ${i}: delete empties a slot and keeps the length`);
  }
}
function tokens(sessions: readonly Kata.Session[]): string[] {
  noHoles(sessions);
  return sessions.map((s) => s.token);
}
function ids(orders: readonly Kata.Order[]): number[] {
  noHoles(orders);
  return orders.map((o) => o.id);
}

export default defineSpec<typeof Kata>()({
  'pruneExpired drops expired sessions at the start, in the middle and at the end': ({ pruneExpired }) => {
    const sessions = [expired('x1'), live('mo'), expired('x2'), live('ada'), expired('x3')];
    assert.deepEqual(
      tokens(pruneExpired(sessions, now)),
      ['mo', 'ada'],
      'an expired session survived, or a live one went',
    );
    assert.deepEqual(tokens(pruneExpired([live('zed'), live('bo')], now)), ['zed', 'bo'], 'a live session went');
    assert.deepEqual(pruneExpired([], now), [], 'an empty list did not come back empty');
  },
  'pruneExpired drops expired sessions that sit side by side': ({ pruneExpired }) => {
    const sessions = [
      live('mo'),
      expired('x1'),
      expired('x2'),
      expired('x3'),
      live('ada'),
      expired('x4'),
      expired('x5'),
    ];
    assert.deepEqual(
      tokens(pruneExpired(sessions, now)),
      ['mo', 'ada'],
      'an expired session that followed another expired one survived',
    );
    assert.deepEqual(
      pruneExpired([expired('x1'), expired('x2'), expired('x3')], now),
      [],
      'a list of expired sessions did not come back empty',
    );
  },
  'a session expires the moment now reaches its expiresAt': ({ pruneExpired }) => {
    const sessions = [live('mo'), { token: 'due', expiresAt: now }, { token: 'next', expiresAt: now + 1 }];
    assert.deepEqual(
      tokens(pruneExpired(sessions, now)),
      ['mo', 'next'],
      'a session whose expiresAt equals now must go, and one a millisecond later must stay',
    );
  },
  'dropCancelled drops cancelled orders at the start, in the middle and at the end': ({ dropCancelled }) => {
    const orders = [
      order(8, 'cancelled'),
      order(3, 'open'),
      order(5, 'cancelled'),
      order(1, 'shipped'),
      order(2, 'cancelled'),
    ];
    assert.deepEqual(ids(dropCancelled(orders)), [3, 1], 'a cancelled order survived, or an open or shipped one went');
    assert.deepEqual(
      ids(dropCancelled([order(4, 'shipped'), order(2, 'open')])),
      [4, 2],
      'an order that was not cancelled went',
    );
    assert.deepEqual(dropCancelled([]), [], 'an empty list did not come back empty');
  },
  'dropCancelled drops cancelled orders that sit side by side': ({ dropCancelled }) => {
    const orders = [
      order(6, 'open'),
      order(9, 'cancelled'),
      order(2, 'cancelled'),
      order(7, 'cancelled'),
      order(4, 'shipped'),
      order(1, 'cancelled'),
      order(3, 'cancelled'),
    ];
    assert.deepEqual(
      ids(dropCancelled(orders)),
      [6, 4],
      'a cancelled order that followed another cancelled one survived',
    );
    assert.deepEqual(
      dropCancelled([order(5, 'cancelled'), order(8, 'cancelled'), order(9, 'cancelled')]),
      [],
      'a list of cancelled orders did not come back empty',
    );
  },
});
