import { AppError, NotFoundError, UnauthorizedError } from './errors.ts';
import { parseQuote, type Quote } from './parse-quote.ts';

/** The part of `fetch` the client uses. The global `fetch` fits it; tests pass a stub. */
export type FetchQuote = (
  url: string,
  init: { readonly headers: Record<string, string> },
) => Promise<Pick<Response, 'status' | 'text'>>;

/** Reads quotes from the quote service on behalf of a signed-in user. */
export interface QuoteClient {
  /**
   * The latest quote for `symbol`.
   *
   * @param symbol - The ticker symbol.
   * @param token - The user's bearer token, passed on to the quote service.
   * @returns The quote.
   * @throws {@link NotFoundError} when the service knows no such symbol.
   * @throws {@link UnauthorizedError} when the service refuses the token.
   * @throws {@link AppError} when the body is malformed twice in a row, with the last `SyntaxError` as its `cause`.
   */
  quote(symbol: string, token: string): Promise<Quote>;
}

/**
 * A client for the quote service. It owns what only it understands: a body
 * that does not parse is a glitch it retries once, and the caller never sees
 * the `SyntaxError` unless it gives up. Statuses the caller can act on become
 * {@link NotFoundError} and {@link UnauthorizedError}.
 *
 * @param fetchQuote - How to make the request; pass the global `fetch` in production.
 * @param baseUrl - The quote service's address, without a trailing slash.
 * @returns The client.
 */
export function createQuoteClient(fetchQuote: FetchQuote, baseUrl: string): QuoteClient {
  return {
    async quote(symbol, token) {
      let malformed: SyntaxError | undefined;
      for (let attempt = 1; attempt <= 2; attempt++) {
        const response = await fetchQuote(`${baseUrl}/quotes/${encodeURIComponent(symbol)}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (response.status === 401 || response.status === 403)
          throw new UnauthorizedError('the quote service refused your token');
        if (response.status === 404) throw new NotFoundError(`no quote for ${symbol}`);
        if (response.status !== 200) throw new AppError(`the quote service answered ${response.status} for ${symbol}`);
        try {
          return parseQuote(await response.text());
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          malformed = error;
        }
      }
      throw new AppError(`the quote service sent a malformed body for ${symbol} twice`, { cause: malformed });
    },
  };
}
