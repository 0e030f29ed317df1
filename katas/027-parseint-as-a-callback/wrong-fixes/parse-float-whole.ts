export type Version = readonly number[];

export function parseVersion(text: string): Version {
  return text.split('.').map((part) => Number.parseInt(part, 10));
}

export function isAtLeast(version: string, minimum: string): boolean {
  return Number.parseFloat(version) >= Number.parseFloat(minimum);
}
