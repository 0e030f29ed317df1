export interface Message {
  readonly id: bigint;
  readonly text: string;
}

interface RawMessage {
  readonly id: bigint;
  readonly text: string;
}

export function readMessages(json: string): Message[] {
  const raw = JSON.parse(json, (key, value: unknown) =>
    key === 'id' ? BigInt(value as number) : value,
  ) as RawMessage[];
  return raw.map((message) => ({ id: message.id, text: message.text }));
}
