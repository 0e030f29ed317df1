import type { Middleware } from './index.ts';

/** logRequests, with next() called but not awaited. */
export function logRequests(log: (line: string) => void): Middleware {
  return function logRequests(context, next) {
    // eslint-disable-next-line @typescript-eslint/no-floating-promises -- instead of: nothing waits for the inner layers
    next();
    log(`${context.request.method} ${context.request.path} ${context.response.status}`);
    return Promise.resolve();
  };
}
