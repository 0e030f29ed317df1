import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const key = () => 'test-secret';
const tokenOf = (payload: string, secret = key()) =>
  Buffer.from(`${createHmac('sha256', secret).update(payload).digest('hex')}:${payload}`).toString('base64url');
const good = tokenOf('{"user":"ada"}');
const lookupBug = () => {
  throw new TypeError("Cannot read properties of undefined (reading 'secret')");
};

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a forged or tampered token is a SessionError: the signature does not match',
      'a token with no signature is a SessionError: the token has no signature',
      'a signature of the wrong length is a SessionError',
      'a signed payload that is not JSON is a SessionError caused by the SyntaxError',
      'a bug in the secret lookup reaches the caller unchanged',
      'a SyntaxError from the secret lookup is not taken for a bad token',
    ],
    'rethrow-everything': [
      'a signature of the wrong length is a SessionError',
      'a signed payload that is not JSON is a SessionError caused by the SyntaxError',
    ],
    'rethrow-without-cause': [
      'a forged or tampered token is a SessionError: the signature does not match',
      'a token with no signature is a SessionError: the token has no signature',
      'a signed payload that is not JSON is a SessionError caused by the SyntaxError',
      'a bug in the secret lookup reaches the caller unchanged',
      'a SyntaxError from the secret lookup is not taken for a bad token',
    ],
    'wrap-everything': [
      'a forged or tampered token is a SessionError: the signature does not match',
      'a token with no signature is a SessionError: the token has no signature',
      'a bug in the secret lookup reaches the caller unchanged',
      'a SyntaxError from the secret lookup is not taken for a bad token',
    ],
    'catch-by-type': ['a SyntaxError from the secret lookup is not taken for a bad token'],
    'catch-syntax-and-range': [
      'a bug in the secret lookup reaches the caller unchanged',
      'a SyntaxError from the secret lookup is not taken for a bad token',
    ],
    'drop-the-binding': [
      'a forged or tampered token is a SessionError: the signature does not match',
      'a token with no signature is a SessionError: the token has no signature',
      'a signature of the wrong length is a SessionError',
      'a signed payload that is not JSON is a SessionError caused by the SyntaxError',
      'a bug in the secret lookup reaches the caller unchanged',
      'a SyntaxError from the secret lookup is not taken for a bad token',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: a TypeError in the secret lookup comes back as the empty session {}', async () => {
      const { decodeSession } = await broken();
      expect(decodeSession(good, lookupBug)).toEqual({});
    });

    it('broken: a forged token and a crashing secret lookup give the same answer', async () => {
      const { decodeSession } = await broken();
      expect(decodeSession(tokenOf('{"user":"ada"}', 'a guess'), key)).toEqual(decodeSession(good, lookupBug));
    });

    it('broken: the catch-all also hid a RangeError from timingSafeEqual on a short signature', async () => {
      const { decodeSession } = await wrongFix('rethrow-everything')();
      const short = Buffer.from('abcd:{"user":"ada"}').toString('base64url');
      const error = catchError(() => decodeSession(short, key));
      expect(error).toBeInstanceOf(RangeError);
      expect(error).toMatchObject({
        code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
        message: 'Input buffers must have the same byte length',
      });
    });

    it('broken: a SessionError made without cause drops the SyntaxError', async () => {
      const { decodeSession, SessionError } = await wrongFix('rethrow-without-cause')();
      const error = catchError(() => decodeSession(tokenOf('{"user":'), key));
      expect(error).toBeInstanceOf(SessionError);
      expect((error as Error).cause).toBeUndefined();
    });

    it('broken: wrapping every error dresses the TypeError up as a bad token', async () => {
      const { decodeSession, SessionError } = await wrongFix('wrap-everything')();
      const error = catchError(() => decodeSession(good, lookupBug));
      expect(error).toBeInstanceOf(SessionError);
      expect((error as Error).cause).toBeInstanceOf(TypeError);
    });

    it('fixed: a bad token says what is wrong with it', async () => {
      const { decodeSession, SessionError } = await fixed();
      const notJson = catchError(() => decodeSession(tokenOf('{"user":'), key));
      expect(notJson).toBeInstanceOf(SessionError);
      expect(notJson).toMatchObject({ name: 'SessionError', message: 'the payload is not JSON' });
      expect(() => decodeSession(tokenOf('{"user":"ada"}', 'a guess'), key)).toThrow('the signature does not match');
      expect(() => decodeSession('', key)).toThrow('the token has no signature');
    });
  },
);

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
