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
  // the trap: a limit of 2 keeps the first two pieces and drops the rest of the payload
  const [signature = '', payload] = token.split(':', 2);
  if (payload === undefined) throw new TokenError('the token has no signature');
  return { signature, payload };
}

export function parseHeader(line: string): Header {
  // the trap: the same limit drops all of a value after its first colon, such as the port of a URL
  const [name = '', value] = line.split(':', 2);
  if (value === undefined) throw new SyntaxError('the header line has no colon');
  return { name, value: value.trim() };
}
