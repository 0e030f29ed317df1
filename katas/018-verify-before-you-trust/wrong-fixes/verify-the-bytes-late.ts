import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Session {
  readonly user: string;
  readonly expires: number;
}

function isGenuine(signature: string, payload: string, secret: string): boolean {
  const given = Buffer.from(signature, 'base64url');
  const expected = createHmac('sha256', secret).update(payload).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Opens a session token, `<signature>.<payload>`: the payload is the session as JSON, in base64url, and the
 * signature is the HMAC-SHA256 of that JSON, in base64url. Returns undefined for a token that is not genuine, and
 * calls `touch` with the user of a genuine one, to record that they were active.
 */
export function openSession(token: string, secret: string, touch: (user: string) => void): Session | undefined {
  const dot = token.indexOf('.');
  const payload = Buffer.from(token.slice(dot + 1), 'base64url').toString('utf8');
  const session = JSON.parse(payload) as Session;
  touch(session.user);
  if (!isGenuine(token.slice(0, dot), payload, secret)) return undefined;
  return session;
}
