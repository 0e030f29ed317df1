export type Fields = Readonly<Record<string, unknown>>;

function loggable(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) {
    // name lives on the prototype, so it is not among the error's own property names
    return Object.fromEntries(Object.getOwnPropertyNames(value).map((key) => [key, value[key as keyof Error]]));
  }
  return value;
}

export function logLine(event: string, fields: Fields): string {
  return JSON.stringify({ event, ...fields }, loggable);
}
