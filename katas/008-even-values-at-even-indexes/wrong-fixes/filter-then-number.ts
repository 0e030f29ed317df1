export function validReadings(samples: readonly number[]): string[] {
  return (
    samples
      .filter((value, i) => i % 2 === 0 && value % 2 === 0)
      // i counts the kept readings now, not their places in the stream
      .map((value, i) => `#${i + 1}: ${value}`)
  );
}
