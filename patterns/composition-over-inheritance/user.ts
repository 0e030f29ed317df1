import type { Json, Persister, StoredRecord } from '../duck-typed-persister/index.ts';

/** The persister operations a {@link User} offers: a `Pick` of {@link Persister}, and all a User asks of its persister. */
export type UserOperations = Pick<Persister, 'get' | 'save' | 'delete'>;

/**
 * Users' records, kept by whatever persister the User is given.
 *
 * The typed way to forward: each operation is written out and typed by
 * {@link UserOperations}. The persister sits in a `#private` field, so nothing
 * else of it can be reached through a User, at compile time or at runtime.
 */
export class User implements UserOperations {
  #persister: UserOperations;

  /** @param persister - Where the records go: any value with `get`, `save` and `delete`. */
  constructor(persister: UserOperations) {
    this.#persister = persister;
  }

  /**
   * Reads one user's record from the current persister.
   * @param id - The record's id.
   * @returns What the persister returns.
   */
  get(id: string): StoredRecord {
    return this.#persister.get(id);
  }

  /**
   * Saves one user's record to the current persister.
   * @param id - The record's id.
   * @param value - The record's value.
   * @param expectedVersion - 0 to create, or the version this save replaces.
   * @returns What the persister returns.
   */
  // #region forward
  save(id: string, value: Json, expectedVersion: number): StoredRecord {
    return this.#persister.save(id, value, expectedVersion);
  }
  // #endregion forward

  /**
   * Deletes one user's record from the current persister.
   * @param id - The record's id.
   * @param expectedVersion - The version this delete removes.
   */
  delete(id: string, expectedVersion: number): void {
    this.#persister.delete(id, expectedVersion);
  }

  /**
   * Sends every later operation to another persister. Records already stored stay where they are.
   * @param persister - The new destination.
   */
  switchTo(persister: UserOperations): void {
    this.#persister = persister;
  }
}
