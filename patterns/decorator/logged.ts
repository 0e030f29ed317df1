import { inspect } from 'node:util';

/**
 * Gives `wrapper` the `name` and `length` of `fn`, so stacks, logs and
 * anything that reads them see the function that was wrapped.
 *
 * @typeParam F - The wrapper's type, returned unchanged.
 * @param wrapper - The new function.
 * @param fn - The function it wraps.
 * @returns `wrapper` itself.
 */
export function keepIdentity<F extends (...args: never[]) => unknown>(
  wrapper: F,
  fn: (...args: never[]) => unknown,
): F {
  Object.defineProperty(wrapper, 'name', { value: fn.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: fn.length, configurable: true });
  return wrapper;
}

/**
 * The simplest decorator: it runs code before and after the call, and changes
 * nothing else. The wrapper keeps the wrapped function's name, its parameter
 * and return types, and the `this` it is called with.
 *
 * @typeParam This - The `this` the function expects; `unknown` if it uses none.
 * @typeParam Args - Its parameter types.
 * @typeParam Result - Its result type.
 * @param fn - The function to wrap.
 * @param log - Where the two lines go: `→ name(args)` before the call, `← name = result` after.
 * @returns A function with the same name, parameters, `this` and result as `fn`.
 */
// #region logged
export function logged<This, Args extends unknown[], Result>(
  fn: (this: This, ...args: Args) => Result,
  log: (line: string) => void,
): (this: This, ...args: Args) => Result {
  return keepIdentity(function (this: This, ...args: Args): Result {
    log(`→ ${fn.name}(${args.map((arg) => inspect(arg)).join(', ')})`);
    const result = fn.apply(this, args);
    log(`← ${fn.name} = ${inspect(result)}`);
    return result;
  }, fn);
}
// #endregion logged
