import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const secret = 'spec-secret';
const key = () => secret;
const sign = (payload: string, withKey = secret) => createHmac('sha256', withKey).update(payload).digest('hex');
const tokenOf = (signature: string, payload: string) => Buffer.from(`${signature}:${payload}`).toString('base64url');
const payload = '{"user":"ada","scopes":["read:orders"]}';
const good = tokenOf(sign(payload), payload);

export default defineSpec<typeof Kata>()({
  'a well-signed token gives back its session': ({ decodeSession }) => {
    assert.deepEqual(decodeSession(good, key), { user: 'ada', scopes: ['read:orders'] });
    assert.deepEqual(decodeSession(tokenOf(sign('{}'), '{}'), key), {});
  },
  'a forged or tampered token is a SessionError: the signature does not match': ({ decodeSession, SessionError }) => {
    const forged = tokenOf(sign(payload, 'a guess'), payload);
    const tampered = tokenOf(sign(payload), payload.replace('ada', 'eve'));
    for (const [what, token] of [
      ['a token signed with another key', forged],
      ['a token whose payload was changed', tampered],
    ] as const) {
      throwsIn(
        what,
        () => decodeSession(token, key),
        (error) => {
          assert.ok(error instanceof SessionError, `it threw ${String(error)}, not a SessionError`);
          assert.equal(String(error), 'SessionError: the signature does not match');
          return true;
        },
      );
    }
  },
  'a token with no signature is a SessionError: the token has no signature': ({ decodeSession, SessionError }) => {
    for (const token of ['', Buffer.from('{}').toString('base64url'), 'nothing-here']) {
      throwsIn(
        `the token ${JSON.stringify(token)}`,
        () => decodeSession(token, key),
        (error) => {
          assert.ok(error instanceof SessionError, `it threw ${String(error)}, not a SessionError`);
          assert.equal(String(error), 'SessionError: the token has no signature');
          return true;
        },
      );
    }
  },
  'a signature of the wrong length is a SessionError': ({ decodeSession, SessionError }) => {
    const signature = sign(payload);
    for (const [what, wrong] of [
      ['an empty signature', ''],
      ['a signature of 10 hex digits', signature.slice(0, 10)],
      ['a signature 2 hex digits too long', `${signature}00`],
      ['a signature whose first digit is not hex', `z${signature.slice(1)}`],
    ] as const) {
      throwsIn(what, () => decodeSession(tokenOf(wrong, payload), key), SessionError);
    }
  },
  'a signed payload that is not JSON is a SessionError caused by the SyntaxError': ({
    decodeSession,
    SessionError,
  }) => {
    const broken = '{"user":';
    assert.throws(
      () => decodeSession(tokenOf(sign(broken), broken), key),
      (error) => {
        assert.ok(error instanceof SessionError, `it threw ${String(error)}, not a SessionError`);
        assert.ok(error.cause instanceof SyntaxError, 'the SessionError does not have the SyntaxError as its cause');
        assert.notEqual(error.message, '', 'the SessionError has no message');
        return true;
      },
    );
  },
  'a bug in the secret lookup reaches the caller unchanged': ({ decodeSession, SessionError }) => {
    const bugs = [
      new TypeError("Cannot read properties of undefined (reading 'secret')"),
      new RangeError('Invalid array length'),
      new Error('the vault is sealed'),
      'a thrown string',
    ];
    for (const bug of bugs) {
      const what = `a lookup that throws ${typeof bug === 'string' ? 'a string' : `a ${bug.name}`}`;
      throwsIn(
        what,
        () =>
          decodeSession(good, () => {
            // eslint-disable-next-line @typescript-eslint/only-throw-error -- a faulty lookup may throw anything, a string too
            throw bug;
          }),
        (error) => error === bug,
      );
    }
    const missing = {} as { secret: string };
    throwsIn(
      'a lookup that returns undefined',
      () => decodeSession(good, () => missing.secret),
      (error) => error instanceof TypeError && !(error instanceof SessionError),
    );
  },
  'a SyntaxError from the secret lookup is not taken for a bad token': ({ decodeSession }) => {
    const bug = new SyntaxError('Unexpected end of JSON input');
    assert.throws(
      () =>
        decodeSession(good, () => {
          throw bug;
        }),
      (error) => error === bug,
    );
  },
});

/** assert.throws, with what was decoded named in front of the assertion's own explanation. */
function throwsIn(what: string, run: () => unknown, expected: Parameters<typeof assert.throws>[1]): void {
  try {
    assert.throws(run, expected);
  } catch (error) {
    if (error instanceof assert.AssertionError) error.message = `${what}: ${error.message}`;
    throw error;
  }
}
