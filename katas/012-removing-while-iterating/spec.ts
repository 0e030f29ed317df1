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
    because('an expired session survived, or a live one went', () =>
      assert.deepEqual(tokens(pruneExpired(sessions, now)), ['mo', 'ada']),
    );
    because('a live session went', () =>
      assert.deepEqual(tokens(pruneExpired([live('zed'), live('bo')], now)), ['zed', 'bo']),
    );
    because('an empty list did not come back empty', () => assert.deepEqual(pruneExpired([], now), []));
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
    because('an expired session that followed another expired one survived', () =>
      assert.deepEqual(tokens(pruneExpired(sessions, now)), ['mo', 'ada']),
    );
    because('a list of expired sessions did not come back empty', () =>
      assert.deepEqual(pruneExpired([expired('x1'), expired('x2'), expired('x3')], now), []),
    );
  },
  'a session expires the moment now reaches its expiresAt': ({ pruneExpired }) => {
    const sessions = [live('mo'), { token: 'due', expiresAt: now }, { token: 'next', expiresAt: now + 1 }];
    because('a session whose expiresAt equals now must go, and one a millisecond later must stay', () =>
      assert.deepEqual(tokens(pruneExpired(sessions, now)), ['mo', 'next']),
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
    because('a cancelled order survived, or an open or shipped one went', () =>
      assert.deepEqual(ids(dropCancelled(orders)), [3, 1]),
    );
    because('an order that was not cancelled went', () =>
      assert.deepEqual(ids(dropCancelled([order(4, 'shipped'), order(2, 'open')])), [4, 2]),
    );
    because('an empty list did not come back empty', () => assert.deepEqual(dropCancelled([]), []));
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
    because('a cancelled order that followed another cancelled one survived', () =>
      assert.deepEqual(ids(dropCancelled(orders)), [6, 4]),
    );
    because('a list of cancelled orders did not come back empty', () =>
      assert.deepEqual(dropCancelled([order(5, 'cancelled'), order(8, 'cancelled'), order(9, 'cancelled')]), []),
    );
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
