import {
  BadRequestError,
  MethodNotAllowedError,
  NotFoundError,
  RequiredFieldError,
  ResponseError,
  UnauthorizedError,
  UniqueFieldError,
  ValidationError,
} from './errors.ts';
import type { QuoteClient } from './quote-client.ts';

/** An HTTP request, reduced to what the quote API reads. */
export interface JsonRequest {
  /** The HTTP method, such as `GET`. */
  readonly method: string;
  /** The path, such as `/quotes/ACME`. */
  readonly path: string;
  /** The bearer token, if the user sent one. */
  readonly token?: string;
  /** The raw request body, if there is one. */
  readonly body?: string;
}

/** An HTTP answer with a JSON body. */
export interface JsonResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** Extra response headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The value to send as JSON. */
  readonly body: unknown;
}

/** Answers one request, or throws. */
export type Route = (request: JsonRequest) => Promise<JsonResponse>;

function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): JsonResponse {
  return { status, headers, body };
}

/**
 * Reads the `symbol` field of a JSON request body.
 *
 * @param body - The raw request body.
 * @returns The symbol, trimmed and upper-cased.
 * @throws {@link BadRequestError} when the body is not JSON, with the `SyntaxError` as its `cause`.
 * @throws {@link RequiredFieldError} when `symbol` is missing or blank.
 */
export function readSymbol(body: string | undefined): string {
  let data: unknown;
  try {
    data = JSON.parse(body ?? '');
  } catch (error) {
    throw new BadRequestError('the body is not JSON', { cause: error });
  }
  const symbol = data !== null && typeof data === 'object' ? (data as { symbol?: unknown }).symbol : undefined;
  if (typeof symbol !== 'string' || symbol.trim() === '') throw new RequiredFieldError('symbol');
  return symbol.trim().toUpperCase();
}

/**
 * The quote API's routes. They throw the error that says what went wrong and
 * answer nothing about failures: that is {@link answerErrors}' job.
 *
 * - `GET /quotes/:symbol`: the quote.
 * - `GET /watchlist`: the symbols watched.
 * - `POST /watchlist` with `{"symbol": "…"}`: watch a symbol the quote service knows.
 *
 * @param quotes - Where quotes come from.
 * @param watchlist - The watched symbols; the routes add to it.
 * @returns The routes, as one function.
 */
export function quoteRoutes(quotes: QuoteClient, watchlist: Set<string>): Route {
  return async ({ method, path, token, body }) => {
    const symbol = /^\/quotes\/([^/]+)$/.exec(path)?.[1];
    if (symbol !== undefined) {
      if (method !== 'GET') throw new MethodNotAllowedError(method, ['GET']);
      return json(200, await quotes.quote(decoded(symbol), signedIn(token)));
    }
    if (path === '/watchlist') {
      if (method === 'GET') return json(200, [...watchlist]);
      if (method !== 'POST') throw new MethodNotAllowedError(method, ['GET', 'POST']);
      const user = signedIn(token);
      const watched = readSymbol(body);
      if (watchlist.has(watched)) throw new UniqueFieldError('symbol', watched);
      await quotes.quote(watched, user);
      watchlist.add(watched);
      return json(201, { symbol: watched });
    }
    throw new NotFoundError(`nothing at ${path}`);
  };
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (error) {
    throw new BadRequestError(`${segment} is not a valid path segment`, { cause: error });
  }
}

function signedIn(token: string | undefined): string {
  if (token === undefined) throw new UnauthorizedError('sign in first');
  return token;
}

/**
 * Wraps routes so that the failures HTTP owns become answers. It catches two
 * branches by their base classes, never by their leaves: every
 * {@link ValidationError} answers 422 naming its field, and every
 * {@link ResponseError} answers its own status. Anything else is not HTTP's to
 * answer, so the very same error goes on up to whatever logs it.
 *
 * @param route - The routes to guard.
 * @returns A route that answers HTTP failures and re-throws the rest.
 */
export function answerErrors(route: Route): Route {
  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      // #region answer-by-branch
      if (error instanceof ValidationError) return json(422, { error: error.message, field: error.field });
      if (error instanceof ResponseError) return json(error.status, { error: error.message }, error.headers);
      throw error;
      // #endregion answer-by-branch
    }
  };
}
