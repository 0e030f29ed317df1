export class TokenError extends Error {
  override name = 'TokenError';
}

export interface SignedToken {
  readonly signature: string;
  readonly payload: string;
}

export interface Header {
  readonly name: string;
  readonly value: string;
}

export function splitToken(token: string): SignedToken {
  // without the s flag, . stops at a line break, so a payload with one does not match
  const match = /^([^:]*):(.*)$/.exec(token);
  if (match === null) throw new TokenError('the token has no signature');
  return { signature: match[1] ?? '', payload: match[2] ?? '' };
}

export function parseHeader(line: string): Header {
  const match = /^([^:]*):(.*)$/.exec(line);
  if (match === null) throw new SyntaxError('the header line has no colon');
  return { name: match[1] ?? '', value: (match[2] ?? '').trim() };
}
