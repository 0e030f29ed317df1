import type { Quote } from './parse-quote.ts';
import type { FetchQuote, QuoteClient } from './quote-client.ts';

export function createQuoteClient(fetchQuote: FetchQuote, baseUrl: string): QuoteClient {
  return {
    async quote(symbol, token) {
      const response = await fetchQuote(`${baseUrl}/quotes/${encodeURIComponent(symbol)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a string has no class, no stack and no cause
      if (response.status === 404) throw `no quote for ${symbol}`;
      return JSON.parse(await response.text()) as Quote;
    },
  };
}
