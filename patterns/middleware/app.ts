import { compose, dispatch, handleErrors, logRequests, type Middleware, type Request } from './index.ts';

/** Where the orders API keeps its orders. */
export interface OrderStore {
  list(): Promise<string[]>;
  /** @throws HttpError - 404 when there is no such order. */
  charge(id: string): Promise<{ charged: string }>;
}

// #region app
/**
 * A small orders API built from layers: the request log outermost, so it sees the final status, then the error
 * layer around the routes, then the path dispatcher.
 */
export function ordersApi(
  store: OrderStore,
  log: (line: string) => void,
  report: (error: unknown, request: Request) => void,
): Middleware {
  return compose([
    logRequests(log),
    handleErrors(report),
    dispatch({
      'GET /orders': async ({ response }) => {
        response.status = 200;
        response.body = await store.list();
      },
      'POST /orders/A-17/charge': async ({ response }) => {
        response.status = 201;
        response.body = await store.charge('A-17');
      },
    }),
  ]);
}
// #endregion app
