export function validReadings(samples: readonly number[]): string[] {
  const lines: string[] = [];
  for (const [i, value] of samples.entries()) {
    // a reading below zero is not flagged for being below zero: -4 is valid
    if (i % 2 === 1 || value < 0 || value % 2 === 1) continue;
    lines.push(`#${i + 1}: ${value}`);
  }
  return lines;
}
