export type Fields = Readonly<Record<string, unknown>>;

function loggable(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) {
    const { name, message, stack, cause } = value;
    return { ...value, name, message, stack, cause, errors: (value as Partial<AggregateError>).errors };
  }
  return value;
}

export function logLine(event: string, fields: Fields): string {
  return JSON.stringify({ event, ...fields }, loggable);
}
