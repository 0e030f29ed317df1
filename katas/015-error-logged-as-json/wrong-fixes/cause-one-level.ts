export type Fields = Readonly<Record<string, unknown>>;

function loggable(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) {
    const { name, message, stack, cause } = value;
    // the cause is copied by hand, one level deep: its own cause and its code are left behind
    const causeFields =
      cause instanceof Error ? { name: cause.name, message: cause.message, stack: cause.stack } : cause;
    return { ...value, name, message, stack, cause: causeFields, errors: (value as Partial<AggregateError>).errors };
  }
  return value;
}

export function logLine(event: string, fields: Fields): string {
  return JSON.stringify({ event, ...fields }, loggable);
}
