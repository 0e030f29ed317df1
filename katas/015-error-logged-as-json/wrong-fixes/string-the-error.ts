export type Fields = Readonly<Record<string, unknown>>;

function loggable(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  // String(error) is "Name: message", and the stack, the cause and any code are left out
  if (value instanceof Error) return String(value);
  return value;
}

export function logLine(event: string, fields: Fields): string {
  return JSON.stringify({ event, ...fields }, loggable);
}
