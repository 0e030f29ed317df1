import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Bills every account and returns the invoices in the same order. It yields to the event loop at least once every
 * 100 accounts, so a server that runs it can still answer health checks and other requests.
 */
export async function buildInvoices<A, I>(accounts: readonly A[], bill: (account: A) => I): Promise<I[]> {
  const chunks: A[][] = [];
  for (let start = 0; start < accounts.length; start += 100) chunks.push(accounts.slice(start, start + 100));
  // every chunk waits for the same turn, so they all run back to back in it, and a failure stops none of the others
  const billed = await Promise.all(
    chunks.map(async (chunk) => {
      await nextTurn();
      return chunk.map(bill);
    }),
  );
  return billed.flat();
}
