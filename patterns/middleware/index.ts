/** What a request carries into the pipeline. */
export interface Request {
  readonly method: string;
  readonly path: string;
}

/** What the pipeline sends back; layers set it, and the server sends it when the pipeline's promise settles. */
export interface Response {
  status: number;
  body: unknown;
}

/** One request on its way through the pipeline: every layer sees the same context. */
export interface Context {
  readonly request: Request;
  readonly response: Response;
}

/** Runs the rest of the pipeline, the layers inside this one; it settles when they have all finished. */
export type Next = () => Promise<void>;

/**
 * One layer around the program: it may act on the way in, call `next` once to run the layers inside it, await
 * them, and act on the way out. A layer that answers a request itself does not call `next`.
 */
export type Middleware = (context: Context, next: Next) => Promise<void>;

/** Thrown when one layer calls `next` a second time, which would run every layer inside it twice. */
export class NextCalledTwiceError extends Error {
  override name = 'NextCalledTwiceError';
}

/** An error that says which HTTP status it is answered with; any other error is answered with 500. */
export class HttpError extends Error {
  override name = 'HttpError';

  /**
   * @param status - The HTTP status the error layer answers with.
   * @param message - What the client is told.
   */
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

// #region compose
/**
 * Nests the layers, the first outermost, into one middleware. Each layer's `next` runs the layer after it, and the
 * last layer's `next` runs the `next` that the composed middleware is given.
 *
 * @throws NextCalledTwiceError - through the promise of the layer that calls its `next` a second time.
 */
export function compose(layers: readonly Middleware[]): Middleware {
  return (context, next) => {
    let reached = -1;
    const run = async (index: number): Promise<void> => {
      if (index <= reached) {
        // An anonymous layer's name is '', so it is named by its place.
        const given = layers[index - 1]?.name ?? '';
        const name = given === '' ? `layer ${index - 1}` : given;
        throw new NextCalledTwiceError(`${name} called next() more than once`);
      }
      reached = index;
      const layer = layers[index];
      return layer === undefined ? next() : layer(context, () => run(index + 1));
    };
    return run(0);
  };
}
// #endregion compose

// #region handle
/**
 * The server's side: runs the pipeline for one request and sends the response as it is when the pipeline's promise
 * settles. A request no layer answers gets 404.
 */
export async function handle(app: Middleware, request: Request): Promise<Response> {
  const context: Context = { request, response: { status: 404, body: 'not found' } };
  await app(context, () => Promise.resolve());
  return { ...context.response };
}
// #endregion handle

// #region dispatch
/**
 * A path dispatcher: runs the route whose key, such as `GET /orders`, matches the request's method and path,
 * and passes any other request on to `next`.
 */
export function dispatch(routes: Readonly<Record<string, Middleware>>): Middleware {
  return (context, next) => {
    const route = routes[`${context.request.method} ${context.request.path}`];
    return route === undefined ? next() : route(context, next);
  };
}
// #endregion dispatch

// #region handle-errors
/**
 * The error layer: answers an error thrown by any layer inside it. An {@link HttpError} gets its status and
 * message; anything else gets a 500 that shows the client nothing, and goes to `report`. Put it outside the
 * layers whose errors it answers: first in the list given to {@link compose}.
 */
export function handleErrors(report: (error: unknown, request: Request) => void): Middleware {
  return async function handleErrors(context, next) {
    try {
      await next();
    } catch (error) {
      const known = error instanceof HttpError;
      if (!known) report(error, context.request);
      context.response.status = known ? error.status : 500;
      context.response.body = { error: known ? error.message : 'internal error' };
    }
  };
}
// #endregion handle-errors

// #region log-requests
/** Logs each request with the status it was answered with, once the layers inside have answered it. */
export function logRequests(log: (line: string) => void): Middleware {
  return async function logRequests(context, next) {
    await next();
    log(`${context.request.method} ${context.request.path} ${context.response.status}`);
  };
}
// #endregion log-requests
