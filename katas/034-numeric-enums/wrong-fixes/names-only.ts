/** The status of an order, as the orders table stores it. 3, Backordered, was retired. */
export enum OrderStatus {
  Pending = 1,
  Paid = 2,
  Shipped = 4,
  Cancelled = 5,
}

/** Reads the integer status column of a row of the orders table. */
export function readStatus(column: number): OrderStatus {
  return column;
}

/** The names of the statuses, in order, for the filter menu of the support tool. */
export function statusNames(): string[] {
  return Object.keys(OrderStatus).filter((key) => Number.isNaN(Number(key)));
}
