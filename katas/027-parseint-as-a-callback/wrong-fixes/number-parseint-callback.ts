export type Version = readonly number[];

export function parseVersion(text: string): Version {
  return text.split('.').map(Number.parseInt);
}

export function isAtLeast(version: string, minimum: string): boolean {
  const [have, need] = [parseVersion(version), parseVersion(minimum)];
  const diffs = Array.from({ length: Math.max(have.length, need.length) }, (_, i) => (have[i] ?? 0) - (need[i] ?? 0));
  return (diffs.find((diff) => diff !== 0) ?? 0) >= 0;
}
