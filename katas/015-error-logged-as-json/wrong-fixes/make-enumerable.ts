export type Fields = Readonly<Record<string, unknown>>;

function loggable(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) {
    for (const key of ['name', 'message', 'stack', 'cause', 'errors'] as const) {
      // this rewrites the caller's error: each property becomes an enumerable own one, name included
      if (key in value) Object.defineProperty(value, key, { value: (value as AggregateError)[key], enumerable: true });
    }
  }
  return value;
}

export function logLine(event: string, fields: Fields): string {
  return JSON.stringify({ event, ...fields }, loggable);
}
