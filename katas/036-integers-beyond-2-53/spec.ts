import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Pairs = readonly (readonly [id: string, text: string])[];

/** A page of messages as the API sends it: each id twice, as a JSON number and as a string of digits. */
function page(messages: Pairs, spaced = false): string {
  const [open, sep, end] = spaced ? ['{\n    ', ',\n    ', '\n  }'] : ['{', ',', '}'];
  const colon = spaced ? ': ' : ':';
  const items = messages.map(
    ([id, text]) =>
      `${open}"id"${colon}${id}${sep}"id_str"${colon}"${id}"${sep}"text"${colon}${JSON.stringify(text)}${end}`,
  );
  return spaced ? `[\n  ${items.join(',\n  ')}\n]` : `[${items.join(',')}]`;
}

function expectRead(readMessages: typeof Kata.readMessages, messages: Pairs, spaced = false): void {
  const got = readMessages(page(messages, spaced));
  const shown = got
    .map((m) => `${typeof m.id === 'bigint' ? `${m.id}n` : String(m.id)} ${JSON.stringify(m.text)}`)
    .join(', ');
  const expected = messages.map(([id, text]) => ({ id: BigInt(id), text }));
  assert.deepEqual(got, expected, `readMessages read [${shown}], not the ids and texts the page holds`);
}

export default defineSpec<typeof Kata>()({
  'an id past 2^53 is read exactly, digit for digit': ({ readMessages }) => {
    expectRead(readMessages, [
      ['9007199254740993', 'see you at 9'],
      ['9007199254740992', 'running late'],
      ['1234567890123456789', 'a snowflake id'],
      ['18446744073709551615', 'the largest 64-bit id'],
    ]);
  },
  'ids in the safe range, and every text, are read as they are': ({ readMessages }) => {
    expectRead(readMessages, []);
    expectRead(readMessages, [
      ['0', ''],
      ['42', 'the answer'],
      ['9007199254740991', 'the largest safe integer'],
    ]);
  },
  'a page laid out with spaces and newlines is read the same': ({ readMessages }) => {
    expectRead(
      readMessages,
      [
        ['9007199254740993', 'see you at 9'],
        ['7', 'short'],
      ],
      true,
    );
  },
});
