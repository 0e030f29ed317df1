import { dropCancelled, pruneExpired, type Order } from './broken.ts';

const now = Date.parse('2025-03-01T12:00:00Z');
const sessions = [
  { token: 'ada', expiresAt: now - 60_000 },
  { token: 'bob', expiresAt: now - 1_000 },
  { token: 'cy', expiresAt: now + 60_000 },
];
console.log(pruneExpired(sessions, now).map((s) => s.token));

const orders: Order[] = [
  { id: 7, status: 'cancelled' },
  { id: 3, status: 'cancelled' },
  { id: 9, status: 'open' },
  { id: 4, status: 'cancelled' },
];
console.log(dropCancelled(orders).map((o) => o.id));
