import { keepIdentity } from './logged.ts';

/** When and how often to try again. */
export interface RetryOptions {
  /** How many calls in all, the first included: a whole number, 1 or more. */
  readonly attempts: number;
  /** Whether a failure is worth another try. A failure that is not goes to the caller at once. */
  readonly retryOn: (error: unknown) => boolean;
}

function checked(options: RetryOptions): RetryOptions {
  if (!Number.isInteger(options.attempts) || options.attempts < 1) {
    throw new RangeError(`attempts must be a whole number of 1 or more, not ${String(options.attempts)}`);
  }
  return options;
}

/**
 * Calls an async function again while it fails in a way `retryOn` accepts, up
 * to `attempts` calls in all, then lets the last failure through as it was
 * thrown. It waits for nothing between tries.
 *
 * @typeParam This - The `this` the function expects; `unknown` if it uses none.
 * @typeParam Args - Its parameter types.
 * @typeParam Result - What its promise resolves to.
 * @param fn - The async function to wrap.
 * @param options - How often, and on which failures.
 * @returns A function with the same name, parameters, `this` and result as `fn`.
 * @throws `RangeError` at once when `attempts` is not a whole number of 1 or more.
 */
export function retrying<This, Args extends unknown[], Result>(
  fn: (this: This, ...args: Args) => Promise<Result>,
  options: RetryOptions,
): (this: This, ...args: Args) => Promise<Result> {
  const { attempts, retryOn } = checked(options);
  return keepIdentity(async function (this: This, ...args: Args): Promise<Result> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn.apply(this, args);
      } catch (error) {
        if (attempt >= attempts || !retryOn(error)) throw error;
      }
    }
  }, fn);
}

/**
 * {@link retrying} as a standard (TC39) method decorator: `@retry({ attempts: 3, retryOn })`.
 *
 * @param options - How often, and on which failures.
 * @returns The decorator, which replaces the method with a retrying one.
 */
export function retry(options: RetryOptions) {
  checked(options);
  return function <This, Args extends unknown[], Result>(
    method: (this: This, ...args: Args) => Promise<Result>,
  ): (this: This, ...args: Args) => Promise<Result> {
    return retrying(method, options);
  };
}
