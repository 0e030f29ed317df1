import type { Quote } from './parse-quote.ts';

function isQuote(data: unknown): data is Quote {
  if (data === null || typeof data !== 'object') return false;
  const { symbol, price, currency } = data as Record<string, unknown>;
  return typeof symbol === 'string' && typeof price === 'number' && typeof currency === 'string';
}

export function parseQuote(body: string): Quote {
  try {
    const data: unknown = JSON.parse(body);
    if (!isQuote(data)) throw new SyntaxError(`not a quote: ${body.slice(0, 60)}`);
    return data;
  } catch (error) {
    // eslint-disable-next-line preserve-caught-error -- the SyntaxError is replaced: its class, stack and chain are gone, its message survives as text
    throw new Error(`could not read the quote: ${String(error)}`);
  }
}
