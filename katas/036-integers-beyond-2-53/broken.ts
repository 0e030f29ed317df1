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
  // the trap: JSON.parse has already rounded id to the nearest double, so BigInt keeps the rounded value
  return raw.map((message) => ({ id: BigInt(message.id), text: message.text }));
}
