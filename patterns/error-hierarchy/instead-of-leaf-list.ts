import type { Route } from './handler.ts';
import { BadRequestError, NotFoundError, RequiredFieldError, UnauthorizedError, UniqueFieldError } from './errors.ts';

export function answerErrors(route: Route): Route {
  return async (request) => {
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof RequiredFieldError)
        return { status: 422, headers: {}, body: { error: error.message, field: error.field } };
      if (error instanceof UniqueFieldError)
        return { status: 422, headers: {}, body: { error: error.message, field: error.field } };
      if (error instanceof BadRequestError) return { status: 400, headers: {}, body: { error: error.message } };
      if (error instanceof UnauthorizedError) return { status: 401, headers: {}, body: { error: error.message } };
      if (error instanceof NotFoundError) return { status: 404, headers: {}, body: { error: error.message } };
      throw error;
    }
  };
}
