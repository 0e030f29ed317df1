/**
 * The root of every error the application throws on purpose. A `catch` that
 * tests `instanceof AppError` knows it holds a failure someone planned for;
 * anything else is a bug or a fault from below.
 *
 * Each subclass gets its own class name as `name`, so stacks and logs read
 * `NotFoundError: …` without every class repeating it.
 */
export class AppError extends Error {
  /**
   * @param message - What went wrong, for a person to read.
   * @param options - `cause`: the error this one wraps, kept so it is never lost.
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule about one field. Catch this branch to answer any of its leaves. */
export abstract class ValidationError extends AppError {
  /**
   * @param field - The name of the field that broke the rule.
   * @param message - What is wrong with it.
   * @param options - `cause`, if the rule failed because of another error.
   */
  constructor(
    readonly field: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A field that must be present is missing or empty. */
export class RequiredFieldError extends ValidationError {
  /** @param field - The name of the missing field. */
  constructor(field: string) {
    super(field, `${field} is required`);
  }
}

/** A field whose value must be unique repeats one that is already taken. */
export class UniqueFieldError extends ValidationError {
  /**
   * @param field - The name of the field.
   * @param value - The value that is already taken.
   */
  constructor(
    field: string,
    readonly value: string,
  ) {
    super(field, `${field} ${value} is already taken`);
  }
}

/** A failure that has its own HTTP status. Catch this branch to answer any of its leaves. */
export abstract class ResponseError extends AppError {
  /** The HTTP status code this failure answers with. */
  abstract readonly status: number;

  /** Headers the answer must carry; none unless a leaf says otherwise. */
  get headers(): Readonly<Record<string, string>> {
    return {};
  }
}

/** 400: the request itself is malformed, such as a body that is not JSON. */
export class BadRequestError extends ResponseError {
  /** Always 400. */
  readonly status = 400;
}

/** 401: no credentials, or credentials that were refused. */
export class UnauthorizedError extends ResponseError {
  /** Always 401. */
  readonly status = 401;
}

/** 404: there is nothing at this path, or no such record. */
export class NotFoundError extends ResponseError {
  /** Always 404. */
  readonly status = 404;
}

/** 405: the path exists, but not for this method. */
export class MethodNotAllowedError extends ResponseError {
  /** Always 405. */
  readonly status = 405;

  /**
   * @param method - The method that was refused.
   * @param allowed - The methods the path does accept.
   */
  constructor(
    readonly method: string,
    readonly allowed: readonly string[],
  ) {
    super(`${method} is not allowed here; use ${allowed.join(' or ')}`);
  }

  /** HTTP requires a 405 answer to list the allowed methods in `allow`. */
  override get headers(): Readonly<Record<string, string>> {
    return { allow: this.allowed.join(', ') };
  }
}
