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
  'a forged or tampered token is a SessionError': ({ decodeSession, SessionError }) => {
    const forged = tokenOf(sign(payload, 'a guess'), payload);
    const tampered = tokenOf(sign(payload), payload.replace('ada', 'eve'));
    for (const token of [forged, tampered]) assert.throws(() => decodeSession(token, key), SessionError);
  },
  'a token with no signature is a SessionError': ({ decodeSession, SessionError }) => {
    for (const token of ['', Buffer.from('{}').toString('base64url'), 'nothing-here']) {
      assert.throws(() => decodeSession(token, key), SessionError, JSON.stringify(token));
    }
  },
  'a signature of the wrong length is a SessionError': ({ decodeSession, SessionError }) => {
    const signature = sign(payload);
    for (const short of ['', signature.slice(0, 10), `${signature}00`, `z${signature.slice(1)}`]) {
      assert.throws(() => decodeSession(tokenOf(short, payload), key), SessionError, JSON.stringify(short));
    }
  },
  'a signed payload that is not JSON is a SessionError caused by the SyntaxError': ({
    decodeSession,
    SessionError,
  }) => {
    const broken = '{"user":';
    assert.throws(
      () => decodeSession(tokenOf(sign(broken), broken), key),
      (error) => error instanceof SessionError && error.cause instanceof SyntaxError,
    );
  },
  'a bug in the secret lookup reaches the caller unchanged': ({ decodeSession }) => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'secret')");
    assert.throws(
      () =>
        decodeSession(good, () => {
          throw bug;
        }),
      (error) => error === bug,
    );
    const missing = {} as { secret: string };
    assert.throws(
      () => decodeSession(good, () => missing.secret),
      (error) => error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_INVALID_ARG_TYPE',
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
