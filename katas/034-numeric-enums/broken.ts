/** The status of an order, as the orders table stores it. 3, Backordered, was retired. */
export enum OrderStatus {
  Pending = 1,
  Paid = 2,
  Shipped = 4,
  Cancelled = 5,
}

/** Reads the integer status column of a row of the orders table. */
export function readStatus(column: number): OrderStatus {
  // the trap: any number is assignable to a numeric enum, so 42, or the retired 3, comes back as an OrderStatus
  return column;
}

/** The names of the statuses, in order, for the filter menu of the support tool. */
export function statusNames(): string[] {
  // the trap: a numeric enum maps each value back to its name, so its keys are the values as well as the names
  return Object.keys(OrderStatus);
}
