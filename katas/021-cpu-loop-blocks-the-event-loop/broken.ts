/**
 * Bills every account and returns the invoices in the same order. It yields to the event loop at least once every
 * 100 accounts, so a server that runs it can still answer health checks and other requests.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- the trap: an async function with no await inside
export async function buildInvoices<A, I>(accounts: readonly A[], bill: (account: A) => I): Promise<I[]> {
  const invoices: I[] = [];
  for (const account of accounts) {
    // the trap: nothing in this loop awaits, so no timer, request or heartbeat runs until the last account is billed
    invoices.push(bill(account));
  }
  return invoices;
}
