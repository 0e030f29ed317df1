import { MemoryPersister } from './memory.ts';
import type { Json, Persister, StoredRecord } from './persister.ts';

/** A base class every persister must extend, so that code can ask instanceof. */
export abstract class BasePersister implements Persister {
  abstract get(id: string): StoredRecord;
  abstract save(id: string, value: Json, expectedVersion: number): StoredRecord;
  abstract delete(id: string, expectedVersion: number): void;
  abstract ids(): string[];
  abstract clear(): void;
}

/** A persister that extends the base, as the base class demands. */
export class InMemory extends BasePersister {
  readonly #inner = new MemoryPersister();
  get(id: string): StoredRecord {
    return this.#inner.get(id);
  }
  save(id: string, value: Json, expectedVersion: number): StoredRecord {
    return this.#inner.save(id, value, expectedVersion);
  }
  delete(id: string, expectedVersion: number): void {
    this.#inner.delete(id, expectedVersion);
  }
  ids(): string[] {
    return this.#inner.ids();
  }
  clear(): void {
    this.#inner.clear();
  }
}

/** Accepts a plugin's persister only if it descends from this module's BasePersister. */
export function requirePersister(value: unknown): BasePersister {
  // asks about ancestry, not ability: a good duck from elsewhere is refused
  // #region check
  if (value instanceof BasePersister) return value;
  throw new TypeError('expected a BasePersister');
  // #endregion check
}

/** Accepts a plugin's persister on trust. */
export function trustPersister(value: unknown): Persister {
  // a cast checks nothing at runtime: a bad value fails later, far from here
  return value as Persister;
}
