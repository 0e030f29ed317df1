import { SqlitePersister, type Json, type Persister, type StoredRecord } from '../duck-typed-persister/index.ts';

/** Users' records, by extending the database class. */
// the trap: User is a SqlitePersister, so every method of it is a method of User, and its storage is fixed here
// #region extends
export class User extends SqlitePersister {}
// #endregion extends

/** Users' records by composition, but with the persister in a TypeScript-private field. */
export class PeekableUser {
  // private is checked by the compiler only: user['persister'] compiles, and at runtime it is a plain property
  constructor(private persister: Persister) {}

  get(id: string): StoredRecord {
    return this.persister.get(id);
  }

  save(id: string, value: Json, expectedVersion: number): StoredRecord {
    return this.persister.save(id, value, expectedVersion);
  }

  delete(id: string, expectedVersion: number): void {
    this.persister.delete(id, expectedVersion);
  }
}
