/**
 * An application error tree, a quote client that handles what it owns, and an
 * HTTP edge that answers whole branches.
 *
 * @module
 */
export {
  AppError,
  BadRequestError,
  MethodNotAllowedError,
  NotFoundError,
  RequiredFieldError,
  ResponseError,
  UnauthorizedError,
  UniqueFieldError,
  ValidationError,
} from './errors.ts';
export { createQuoteClient, type FetchQuote, type QuoteClient } from './quote-client.ts';
export { parseQuote, type Quote } from './parse-quote.ts';
export { answerErrors, quoteRoutes, readSymbol, type JsonRequest, type JsonResponse, type Route } from './handler.ts';
