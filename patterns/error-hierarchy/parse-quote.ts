/** A stock quote as the quote service sends it. */
export interface Quote {
  /** The ticker symbol, such as `ACME`. */
  readonly symbol: string;
  /** The last price, in `currency`. */
  readonly price: number;
  /** An ISO 4217 code, such as `USD`. */
  readonly currency: string;
}

function isQuote(data: unknown): data is Quote {
  if (data === null || typeof data !== 'object') return false;
  const { symbol, price, currency } = data as Record<string, unknown>;
  return typeof symbol === 'string' && typeof price === 'number' && typeof currency === 'string';
}

/**
 * Reads a quote from a response body. It does not catch: the caller owns what a
 * bad body means.
 *
 * @param body - The response body.
 * @returns The quote.
 * @throws `SyntaxError` when the body is not JSON or not a quote.
 */
export function parseQuote(body: string): Quote {
  const data: unknown = JSON.parse(body);
  if (!isQuote(data)) throw new SyntaxError(`not a quote: ${body.slice(0, 60)}`);
  return data;
}
