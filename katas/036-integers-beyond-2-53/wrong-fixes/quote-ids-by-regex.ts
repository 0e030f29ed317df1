export interface Message {
  readonly id: bigint;
  readonly text: string;
}

interface RawMessage {
  readonly id: string;
  readonly text: string;
}

export function readMessages(json: string): Message[] {
  const raw = JSON.parse(json.replace(/"id":(\d+)/g, '"id":"$1"')) as RawMessage[];
  return raw.map((message) => ({ id: BigInt(message.id), text: message.text }));
}
