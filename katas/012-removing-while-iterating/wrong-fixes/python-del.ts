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
    // delete empties the slot and leaves a hole: the array keeps its length
    // eslint-disable-next-line @typescript-eslint/no-array-delete -- the wrong fix: Python's del is splice, not delete
    if (sessions[i]!.expiresAt <= now) delete sessions[i];
  }
  return sessions;
}

export function dropCancelled(orders: Order[]): Order[] {
  return orders.filter((order) => order.status !== 'cancelled');
}
