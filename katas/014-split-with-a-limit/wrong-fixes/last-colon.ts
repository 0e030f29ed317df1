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
  // lastIndexOf finds the last colon, which sits inside the payload whenever the payload has one
  const colon = token.lastIndexOf(':');
  if (colon === -1) throw new TokenError('the token has no signature');
  return { signature: token.slice(0, colon), payload: token.slice(colon + 1) };
}

export function parseHeader(line: string): Header {
  const colon = line.lastIndexOf(':');
  if (colon === -1) throw new SyntaxError('the header line has no colon');
  return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
}
