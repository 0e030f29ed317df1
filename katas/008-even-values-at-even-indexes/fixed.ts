export function validReadings(samples: readonly number[]): string[] {
  const lines: string[] = [];
  for (const [i, value] of samples.entries()) {
    if (i % 2 === 1 || value % 2 !== 0) continue;
    lines.push(`#${i + 1}: ${value}`);
  }
  return lines;
}
