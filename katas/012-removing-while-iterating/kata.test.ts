import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';
import type { Order, Session } from './fixed.ts';

const now = 1_700_000_000_000;
const session = (token: string, minutesLeft: number): Session => ({ token, expiresAt: now + minutesLeft * 60_000 });

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'pruneExpired drops expired sessions that sit side by side',
      'dropCancelled drops cancelled orders that sit side by side',
    ],
    'python-del': [
      'pruneExpired drops expired sessions at the start, in the middle and at the end',
      'pruneExpired drops expired sessions that sit side by side',
      'a session expires the moment now reaches its expiresAt',
    ],
    'for-of-index-of': ['pruneExpired drops expired sessions that sit side by side'],
    'backwards-stops-at-one': [
      'pruneExpired drops expired sessions at the start, in the middle and at the end',
      'pruneExpired drops expired sessions that sit side by side',
    ],
    'filter-result-dropped': [
      'dropCancelled drops cancelled orders at the start, in the middle and at the end',
      'dropCancelled drops cancelled orders that sit side by side',
    ],
    'copy-by-index': [
      'dropCancelled drops cancelled orders at the start, in the middle and at the end',
      'dropCancelled drops cancelled orders that sit side by side',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: after splice(i, 1) the loop steps over the session that moved into slot i', async () => {
      const { pruneExpired } = await broken();
      const sessions = [session('x1', -5), session('x2', -1), session('ada', 30)];
      const kept = pruneExpired(sessions, now);
      expect(kept.map((s) => s.token)).toEqual(['x2', 'ada']);
      expect(kept).toBe(sessions);
    });

    it('broken: splice inside forEach skips the next order too, which forEach never visits', async () => {
      const { dropCancelled } = await broken();
      const orders: Order[] = [
        { id: 7, status: 'cancelled' },
        { id: 3, status: 'cancelled' },
        { id: 9, status: 'open' },
      ];
      expect(dropCancelled(orders).map((o) => o.id)).toEqual([3, 9]);
      const visited: number[] = [];
      const again: Order[] = [
        { id: 7, status: 'cancelled' },
        { id: 3, status: 'cancelled' },
        { id: 9, status: 'open' },
      ];
      again.forEach((order, i) => {
        visited.push(order.id);
        if (order.status === 'cancelled') again.splice(i, 1);
      });
      expect(visited).toEqual([7, 9]);
    });

    it('broken: wrong fix "python-del" leaves holes, because delete empties a slot and keeps the length', async () => {
      const { pruneExpired } = await wrongFix('python-del')();
      const kept = pruneExpired([session('x1', -5), session('ada', 30)], now);
      expect(kept).toHaveLength(2);
      expect(inspect(kept.map((s) => s.token))).toBe("[ <1 empty item>, 'ada' ]");
    });

    it('broken: wrong fix "copy-by-index" removes an open order, as the copy and the list no longer line up', async () => {
      const { dropCancelled } = await wrongFix('copy-by-index')();
      const orders: Order[] = [
        { id: 8, status: 'cancelled' },
        { id: 3, status: 'open' },
        { id: 5, status: 'cancelled' },
        { id: 1, status: 'shipped' },
      ];
      expect(dropCancelled(orders).map((o) => o.id)).toEqual([3, 5]);
    });

    it('broken: wrong fix "filter-result-dropped" hands back the list unchanged', async () => {
      const { dropCancelled } = await wrongFix('filter-result-dropped')();
      const orders: Order[] = [{ id: 8, status: 'cancelled' }];
      expect(dropCancelled(orders)).toEqual([{ id: 8, status: 'cancelled' }]);
    });

    it('fixed: filter leaves the input alone, and iterating backwards changes the list in place', async () => {
      const { dropCancelled, pruneExpired } = await fixed();
      const orders: Order[] = [{ id: 8, status: 'cancelled' }];
      expect(dropCancelled(orders)).toEqual([]);
      expect(orders).toHaveLength(1);
      const sessions = [session('x1', -5), session('x2', -1)];
      expect(pruneExpired(sessions, now)).toBe(sessions);
      expect(sessions).toEqual([]);
    });

    it('fixed: deleting from a Map while iterating it is well defined, each entry visited once', () => {
      const store = new Map([
        ['x1', session('x1', -5)],
        ['x2', session('x2', -1)],
        ['ada', session('ada', 30)],
        ['x3', session('x3', 0)],
      ]);
      const visited: string[] = [];
      for (const [token, { expiresAt }] of store) {
        visited.push(token);
        if (expiresAt <= now) store.delete(token);
      }
      expect(visited).toEqual(['x1', 'x2', 'ada', 'x3']);
      expect([...store.keys()]).toEqual(['ada']);
    });

    it('fixed: an entry deleted from a Set before the loop reaches it is not visited', () => {
      const pending = new Set([1, 2, 3]);
      const visited: number[] = [];
      for (const id of pending) {
        visited.push(id);
        pending.delete(id + 1);
      }
      expect(visited).toEqual([1, 3]);
    });

    it('broken: adding to a Set while iterating it visits the new items as well', () => {
      const toNotify = new Set(['order-placed']);
      const followUps: Record<string, string> = { 'order-placed': 'invoice-sent', 'invoice-sent': 'receipt-sent' };
      const visited: string[] = [];
      for (const event of toNotify) {
        visited.push(event);
        const next = followUps[event];
        if (next !== undefined) toNotify.add(next);
      }
      expect(visited).toEqual(['order-placed', 'invoice-sent', 'receipt-sent']);
    });
  },
);
