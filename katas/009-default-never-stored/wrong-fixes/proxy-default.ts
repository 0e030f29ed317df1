export interface Order {
  readonly id: string;
  readonly customer: string;
  readonly cents: number;
}

export function groupByCustomer(orders: readonly Order[]): Map<string, Order[]> {
  const byCustomer = new Map<string, Order[]>();
  for (const order of orders) {
    const group = byCustomer.get(order.customer) ?? [];
    byCustomer.set(order.customer, group);
    group.push(order);
  }
  return byCustomer;
}

export class TagIndex {
  // a defaultdict made of a Proxy: the get trap hands out a new set for a missing tag and does not store it
  readonly #ids = new Proxy<Record<string, Set<string>>>(
    {},
    { get: (stored: Record<string, Set<string>>, tag: string) => stored[tag] ?? new Set() },
  );

  idsTagged(tag: string): Set<string> {
    return this.#ids[tag] as Set<string>;
  }

  add(id: string, tags: readonly string[]): void {
    for (const tag of tags) this.idsTagged(tag).add(id);
  }
}
