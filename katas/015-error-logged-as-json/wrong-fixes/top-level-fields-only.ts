export type Fields = Readonly<Record<string, unknown>>;

function errorFields(error: Error): Record<string, unknown> {
  const { name, message, stack, cause } = error;
  return {
    ...error,
    name,
    message,
    stack,
    cause: cause instanceof Error ? errorFields(cause) : cause,
    errors: error instanceof AggregateError ? error.errors.map((inner: Error) => errorFields(inner)) : undefined,
  };
}

function loggable(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  return value;
}

export function logLine(event: string, fields: Fields): string {
  // only the values of the fields themselves are checked, not what is inside them
  const entries = Object.entries(fields).map(([key, value]) => [
    key,
    value instanceof Error ? errorFields(value) : value,
  ]);
  return JSON.stringify({ event, ...Object.fromEntries(entries) }, loggable);
}
