/**
 * A kata's spec: the intended behaviour, written once and run against any
 * implementation that has the kata's exports (fixed.ts, broken.ts, a wrong
 * fix, or a learner's copy).
 *
 * This module must stay free of imports: specs are bundled into the
 * trainer's sandbox as they are.
 */

/** One named behaviour. It gets a fresh instance of the implementation and throws when the behaviour is missing. */
export type Check<M> = (impl: M) => void | Promise<void>;

/**
 * The named checks of one kata, in the order a learner should meet them. `N`
 * is the union of the check names, so a name typed elsewhere (the `rejects` of
 * describeKata) is checked by the compiler.
 */
export interface Spec<M, N extends string = string> extends SpecOptions {
  readonly checks: Readonly<Record<N, Check<M>>>;
}

/** How the implementation under a spec must be run. */
export interface SpecOptions {
  /**
   * `'own'`: every instance runs in a realm of its own (kit/realm.ts), for a kata
   * whose code changes the built-in objects themselves, such as Object.prototype.
   * Values then cross realms: `assert.deepStrictEqual` compares prototypes, so
   * a check compares their JSON or their fields instead.
   */
  readonly realm?: 'own';
}

/** The outcome of one check. */
export type CheckResult =
  | { readonly name: string; readonly passed: true }
  | { readonly name: string; readonly passed: false; readonly error: unknown };

/**
 * Types a kata's checks by the module shape of its fixed.ts and keeps their
 * names as a type: `defineSpec<typeof Kata>()({ 'name of a check': (kata) => … })`.
 * The call is in two steps because TypeScript infers no type argument once
 * one is given: the first step takes the module type (and any options), the
 * second infers the names.
 */
export function defineSpec<M>(
  options: SpecOptions = {},
): <N extends string>(checks: Record<N, Check<M>>) => Spec<M, N> {
  return (checks) => ({ ...options, checks });
}

/**
 * Runs every check, each against a fresh instance from `load`, so module-level
 * state left by one check can never decide another.
 */
export async function runSpec<M>(spec: Spec<M>, load: () => Promise<M>): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [name, check] of Object.entries<Check<M>>(spec.checks)) {
    try {
      await check(await load());
      results.push({ name, passed: true });
    } catch (error) {
      results.push({ name, passed: false, error });
    }
  }
  return results;
}
