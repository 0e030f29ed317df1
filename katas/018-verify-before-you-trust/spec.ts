import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const secret = 'spec-secret';
const sign = (json: string, key = secret) => createHmac('sha256', key).update(json).digest('base64url');
const tokenOf = (signature: string, json: string) => `${signature}.${Buffer.from(json).toString('base64url')}`;
const signed = (json: string) => tokenOf(sign(json), json);

const compact = '{"user":"ada","expires":1767225600}';
// As Python's json.dumps writes it by default: a space after each comma and colon.
const spaced = '{"user": "ada", "expires": 1767225600}';
const ada = { user: 'ada', expires: 1767225600 };

/** Opens a token with a touch that records every user it is given. */
function open(openSession: typeof Kata.openSession, token: string): { session: unknown; touched: string[] } {
  const touched: string[] = [];
  const session = openSession(token, secret, (user) => touched.push(user));
  return { session, touched };
}

const badTokens: readonly (readonly [string, string])[] = [
  ['a token signed with another key', tokenOf(sign(compact, 'a guess'), compact)],
  ['a token whose payload was changed', tokenOf(sign(compact), compact.replace('ada', 'eve'))],
  [
    'a token whose signature was changed',
    tokenOf(
      sign(compact).replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      compact,
    ),
  ],
  ['a token with an empty signature', tokenOf('', compact)],
  ['a token whose signature was cut short', tokenOf(sign(compact).slice(0, 20), compact)],
  ['a token whose signature has 3 bytes too many', tokenOf(`${sign(compact)}AAAA`, compact)],
  ['a token with no signature at all', Buffer.from(compact).toString('base64url')],
];

export default defineSpec<typeof Kata>()({
  'a genuine token opens its session': ({ openSession }) => {
    assert.deepEqual(open(openSession, signed(compact)).session, ada);
    const other = '{"user":"grace","expires":1798761600,"theme":"dark"}';
    assert.deepEqual(open(openSession, signed(other)).session, JSON.parse(other));
  },
  "a token signed over JSON spaced as Python's json.dumps writes it opens its session": ({ openSession }) => {
    assert.deepEqual(
      open(openSession, signed(spaced)).session,
      ada,
      'the signature covers the bytes that were signed, spaces and all, not the JSON that JSON.stringify writes',
    );
    const reordered = '{"expires":1767225600,"user":"ada"}';
    assert.deepEqual(open(openSession, signed(reordered)).session, ada);
  },
  'a token that is not genuine is refused': ({ openSession }) => {
    for (const [what, token] of badTokens) {
      assert.equal(open(openSession, token).session, undefined, `${what} must be refused`);
    }
  },
  'nothing read from a refused token is used: its user is not marked as active': ({ openSession }) => {
    for (const [what, token] of badTokens) {
      const { touched } = open(openSession, token);
      assert.deepEqual(touched, [], `${what} marked ${touched.join(', ')} as active before it was refused`);
    }
  },
  'a forged token whose payload is not JSON is refused, not thrown': ({ openSession }) => {
    for (const json of ['{"user":', 'not json', '']) {
      const token = tokenOf(sign(json, 'a guess'), json);
      assert.equal(
        open(openSession, token).session,
        undefined,
        `a forged token with the payload ${JSON.stringify(json)} must be refused`,
      );
    }
  },
  'a genuine token marks its user as active, once': ({ openSession }) => {
    assert.deepEqual(open(openSession, signed(compact)).touched, ['ada']);
    assert.deepEqual(open(openSession, signed('{"user":"grace","expires":1798761600}')).touched, ['grace']);
  },
});
