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
    return this.#ids.get(tag) ?? new Set();
  }

  add(id: string, tags: readonly string[]): void {
    for (const tag of tags) {
      // a new tag is stored with its first id; a tag already stored gets nothing more
      if (!this.#ids.has(tag)) this.#ids.set(tag, new Set([id]));
    }
  }
}
