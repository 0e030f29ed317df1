import { compose, dispatch, handleErrors, type Middleware, type Request } from './index.ts';

/** An app whose error layer comes after the routes, so it is inside them and never sees what they throw. */
export function app(routes: Readonly<Record<string, Middleware>>, report: (error: unknown, request: Request) => void) {
  // instead of: handleErrors belongs first, around the layers whose errors it answers
  return compose([dispatch(routes), handleErrors(report)]);
}
