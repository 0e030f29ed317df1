/**
 * Downloads every URL with fetchOne, four at a time: the next download starts as soon as one finishes. The results
 * come back in the order of the URLs. If a download fails, the call rejects with its error and starts no more.
 */
export async function downloadAll<T>(urls: readonly string[], fetchOne: (url: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    const index = next++;
    if (index >= urls.length) return;
    results[index] = await fetchOne(urls[index]!).catch((error: unknown) => {
      next = urls.length;
      throw error;
    });
    return worker();
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  return results;
}
