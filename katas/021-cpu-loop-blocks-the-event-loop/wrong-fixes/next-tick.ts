/**
 * Bills every account and returns the invoices in the same order. It yields to the event loop at least once every
 * 100 accounts, so a server that runs it can still answer health checks and other requests.
 */
export async function buildInvoices<A, I>(accounts: readonly A[], bill: (account: A) => I): Promise<I[]> {
  const invoices: I[] = [];
  for (const account of accounts) {
    invoices.push(bill(account));
    // process.nextTick runs before the event loop's next phase, not in it, so timers and I/O still wait
    // eslint-disable-next-line no-await-in-loop -- the wrong fix means to yield here
    if (invoices.length % 100 === 0) await new Promise((resolve) => process.nextTick(resolve));
  }
  return invoices;
}
