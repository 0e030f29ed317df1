import { createHmac, timingSafeEqual } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const secret = 'test-secret';
const tokenFor = (json: string, key = secret) =>
  `${createHmac('sha256', key).update(json).digest('base64url')}.${Buffer.from(json).toString('base64url')}`;
const spaced = '{"user": "grace", "expires": 1767225600}';

function opened(openSession: (token: string, secret: string, touch: (user: string) => void) => unknown, token: string) {
  const touched: string[] = [];
  return { session: openSession(token, secret, (user) => touched.push(user)), touched };
}

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      "a token signed over JSON spaced as Python's json.dumps writes it opens its session",
      'nothing read from a refused token is used: its user is not marked as active',
      'a forged token whose payload is not JSON is refused, not thrown',
    ],
    'accept-unsigned-tokens': [
      'a token that is not genuine is refused',
      'nothing read from a refused token is used: its user is not marked as active',
    ],
    'compare-the-given-length': [
      'a token that is not genuine is refused',
      'nothing read from a refused token is used: its user is not marked as active',
    ],
    'verify-canonical-json': [
      'a genuine token opens its session',
      "a token signed over JSON spaced as Python's json.dumps writes it opens its session",
      'a forged token whose payload is not JSON is refused, not thrown',
      'a genuine token marks its user as active, once',
    ],
    'verify-the-bytes-late': [
      'nothing read from a refused token is used: its user is not marked as active',
      'a forged token whose payload is not JSON is refused, not thrown',
    ],
    'verify-the-reserialised-first': [
      "a token signed over JSON spaced as Python's json.dumps writes it opens its session",
      'a forged token whose payload is not JSON is refused, not thrown',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: a forged token is refused, after its user was marked as active', async () => {
      const { openSession } = await broken();
      expect(opened(openSession, tokenFor('{"user":"eve","expires":1}', 'a guess'))).toEqual({
        session: undefined,
        touched: ['eve'],
      });
    });

    it('broken: a forged payload that is not JSON throws before any check', async () => {
      const { openSession } = await broken();
      expect(() => openSession(tokenFor('{"user":', 'a guess'), secret, () => undefined)).toThrow(SyntaxError);
    });

    it('broken: JSON.stringify drops the spaces the signer wrote, so a genuine token is refused', async () => {
      const { openSession } = await broken();
      expect(JSON.stringify(JSON.parse(spaced))).toBe('{"user":"grace","expires":1767225600}');
      expect(opened(openSession, tokenFor(spaced))).toEqual({ session: undefined, touched: ['grace'] });
    });

    it('broken: timingSafeEqual throws on unequal lengths, which is why the length is checked first', () => {
      expect(() => timingSafeEqual(Buffer.alloc(0), Buffer.alloc(32))).toThrow(
        expect.objectContaining({ name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH' }),
      );
    });

    it('broken: wrong fix "compare-the-given-length" lets an empty signature through', async () => {
      const { openSession } = await wrongFix('compare-the-given-length')();
      const unsigned = `.${Buffer.from('{"user":"eve","expires":1}').toString('base64url')}`;
      expect(opened(openSession, unsigned)).toEqual({ session: { user: 'eve', expires: 1 }, touched: ['eve'] });
    });

    it('broken: wrong fix "verify-canonical-json" refuses a genuine token whose keys were not sorted', async () => {
      const { openSession } = await wrongFix('verify-canonical-json')();
      expect(opened(openSession, tokenFor('{"user":"ada","expires":1}')).session).toBeUndefined();
      expect(opened(openSession, tokenFor('{"expires":1,"user":"ada"}')).session).toEqual({ expires: 1, user: 'ada' });
    });

    it('fixed: the signature is checked over the bytes as sent, before anything is parsed or used', async () => {
      const { openSession } = await fixed();
      expect(opened(openSession, tokenFor(spaced))).toEqual({
        session: { user: 'grace', expires: 1767225600 },
        touched: ['grace'],
      });
      expect(opened(openSession, tokenFor('{"user":', 'a guess'))).toEqual({ session: undefined, touched: [] });
      expect(opened(openSession, tokenFor('{"user":"eve","expires":1}', 'a guess')).touched).toEqual([]);
    });
  },
);
