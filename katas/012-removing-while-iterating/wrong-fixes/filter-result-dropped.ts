export interface Session {
  readonly token: string;
  readonly expiresAt: number;
}

export interface Order {
  readonly id: number;
  readonly status: 'open' | 'cancelled' | 'shipped';
}

export function pruneExpired(sessions: Session[], now: number): Session[] {
  for (let i = sessions.length - 1; i >= 0; i--) {
    if (sessions[i]!.expiresAt <= now) sessions.splice(i, 1);
  }
  return sessions;
}

export function dropCancelled(orders: Order[]): Order[] {
  // filter returns a new array and leaves orders as it was
  orders.filter((order) => order.status !== 'cancelled');
  return orders;
}
