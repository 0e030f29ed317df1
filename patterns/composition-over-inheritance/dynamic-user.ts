import type { Persister } from '../duck-typed-persister/index.ts';
import type { UserOperations } from './user.ts';

/**
 * Wraps `own` in a Proxy that forwards each listed name to `target()`,
 * looked up afresh at every access, so the target can change at runtime.
 * Any other name is read from `own`. Methods come back bound to the target.
 * The result cannot be written to, so a forwarded name cannot be replaced.
 *
 * The return type is built from `names`, so a name that is not on the target
 * does not compile, and a name left out of the list is not on the type.
 *
 * @param own - The members the wrapper has itself.
 * @param target - Returns the object to forward to.
 * @param names - The names to forward.
 * @returns `own`, with the listed members of the target.
 * @throws TypeError when a listed name is also a member of `own`.
 */
export function forward<Own extends object, Target extends object, const Names extends keyof Target & string>(
  own: Own,
  target: () => Target,
  names: readonly Names[],
): Own & Readonly<Pick<Target, Names>> {
  const forwarded = new Set<PropertyKey>(names);
  for (const name of names) {
    if (name in own) throw new TypeError(`'${name}' is a member of the wrapper itself, so it cannot also be forwarded`);
  }
  return new Proxy(own, {
    get(self, key, receiver): unknown {
      if (!forwarded.has(key)) return Reflect.get(self, key, receiver);
      const to = target();
      const member: unknown = Reflect.get(to, key);
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(to) : member;
    },
    has: (self, key) => forwarded.has(key) || Reflect.has(self, key),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  }) as Own & Readonly<Pick<Target, Names>>;
}

/** The names a {@link DynamicUser} forwards to its persister. */
export const userOperations = ['get', 'save', 'delete'] as const;

/** A user whose `get`, `save` and `delete` are forwarded by a Proxy; its type comes from {@link userOperations}. */
export type DynamicUser = Readonly<Pick<Persister, (typeof userOperations)[number]>> & {
  /**
   * Sends every later operation to another persister.
   * @param persister - The new destination.
   */
  switchTo(persister: UserOperations): void;
};

/**
 * The dynamic way to forward: one list of names, and a Proxy that forwards them.
 * @param persister - Where the records go at first.
 * @returns A user that forwards {@link userOperations} to the current persister.
 */
// #region create
export function createDynamicUser(persister: UserOperations): DynamicUser {
  let current = persister;
  const own = {
    switchTo(next: UserOperations): void {
      current = next;
    },
  };
  return forward(own, () => current, userOperations);
}
// #endregion create
