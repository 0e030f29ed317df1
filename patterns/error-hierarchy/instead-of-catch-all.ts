import type { Route } from './handler.ts';

export function answerErrors(route: Route): Route {
  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      return { status: 500, headers: {}, body: { error: String(error) } };
    }
  };
}
