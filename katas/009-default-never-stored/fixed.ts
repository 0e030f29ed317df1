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
  readonly #ids = new Map<string, Set<string>>();

  idsTagged(tag: string): Set<string> {
    const ids = this.#ids.get(tag) ?? new Set();
    this.#ids.set(tag, ids);
    return ids;
  }

  add(id: string, tags: readonly string[]): void {
    for (const tag of tags) this.idsTagged(tag).add(id);
  }
}
