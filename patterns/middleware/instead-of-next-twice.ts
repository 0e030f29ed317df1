import type { Middleware } from './index.ts';

/** A retry layer: when the layers inside it fail, it runs them again. */
export const retryOnce: Middleware = async function retryOnce(_context, next) {
  try {
    await next();
  } catch {
    // instead of: a second next() runs every layer inside again, a charge included
    await next();
  }
};
