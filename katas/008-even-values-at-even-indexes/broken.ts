export function validReadings(samples: readonly number[]): string[] {
  const lines: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-for-in-array -- the trap: for…in yields each index as a string, so i + 1 is "01", "21", …
  for (const i in samples) {
    const value = samples[i];
    // the trap: -3 % 2 is -1, so an odd reading below zero is kept
    if (value === undefined || Number(i) % 2 === 1 || value % 2 === 1) continue;
    lines.push(`#${i + 1}: ${value}`);
  }
  return lines;
}
