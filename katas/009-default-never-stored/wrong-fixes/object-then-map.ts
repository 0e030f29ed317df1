export interface Order {
  readonly id: string;
  readonly customer: string;
  readonly cents: number;
}

export function groupByCustomer(orders: readonly Order[]): Map<string, Order[]> {
  const byCustomer: Record<string, Order[]> = {};
  // an object puts keys that look like array indexes, such as 1007, first and in numeric order
  for (const order of orders) (byCustomer[order.customer] ??= []).push(order);
  return new Map(Object.entries(byCustomer));
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
