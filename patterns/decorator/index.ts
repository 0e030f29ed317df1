/**
 * Functions that wrap functions: before-and-after logging, a session guard for
 * request handlers, and a retry wrapper that also works as a standard method
 * decorator.
 *
 * @module
 */
export { keepIdentity, logged } from './logged.ts';
export {
  requireSession,
  type HttpRequest,
  type HttpResponse,
  type Session,
  type SessionOptions,
  type SignedInRequest,
} from './session.ts';
export { retry, retrying, type RetryOptions } from './retry.ts';
export { PriceFeed, TransientError, type PriceSource } from './price-feed.ts';
