export interface Message {
  readonly id: bigint;
  readonly text: string;
}

interface RawMessage {
  readonly id: number;
  readonly id_str: string;
  readonly text: string;
}

export function readMessages(json: string): Message[] {
  const raw = JSON.parse(json) as RawMessage[];
  return raw.map((message) => {
    if (!Number.isSafeInteger(message.id))
      throw new RangeError(`message id ${message.id} is too large to read exactly`);
    return { id: BigInt(message.id), text: message.text };
  });
}
