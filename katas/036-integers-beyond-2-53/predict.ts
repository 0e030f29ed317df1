import { readMessages } from './broken.ts';

const page = `[
  { "id": 9007199254740993, "id_str": "9007199254740993", "text": "see you at 9" },
  { "id": 9007199254740992, "id_str": "9007199254740992", "text": "running late" }
]`;
const [first, second] = readMessages(page);
console.log(first?.id, second?.id, first?.id === second?.id);
console.log(JSON.parse('9007199254740993'), Number.MAX_SAFE_INTEGER);
