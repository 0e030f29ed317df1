export interface Order {
  readonly id: string;
  readonly customer: string;
  readonly cents: number;
}

export function groupByCustomer(orders: readonly Order[]): Map<string, Order[]> {
  const byCustomer = new Map<string, Order[]>();
  for (const order of orders) {
    // the trap: for a new customer, ?? makes an array that gets the push and is never stored
    (byCustomer.get(order.customer) ?? []).push(order);
  }
  return byCustomer;
}

export class TagIndex {
  readonly #ids = new Map<string, Set<string>>();

  idsTagged(tag: string): Set<string> {
    // the trap: the empty set handed out for a new tag is not stored, so what add puts in it is lost
    return this.#ids.get(tag) ?? new Set();
  }

  add(id: string, tags: readonly string[]): void {
    for (const tag of tags) this.idsTagged(tag).add(id);
  }
}
