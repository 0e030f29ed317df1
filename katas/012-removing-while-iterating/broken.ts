export interface Session {
  readonly token: string;
  readonly expiresAt: number;
}

export interface Order {
  readonly id: number;
  readonly status: 'open' | 'cancelled' | 'shipped';
}

export function pruneExpired(sessions: Session[], now: number): Session[] {
  for (let i = 0; i < sessions.length; i++) {
    // the trap: splice moves the next session into slot i, and i++ steps past it
    if (sessions[i]!.expiresAt <= now) sessions.splice(i, 1);
  }
  return sessions;
}

export function dropCancelled(orders: Order[]): Order[] {
  orders.forEach((order, i) => {
    // the trap: forEach walks by index too, so the order after a removed one is never visited
    if (order.status === 'cancelled') orders.splice(i, 1);
  });
  return orders;
}
