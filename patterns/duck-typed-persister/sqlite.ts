import sqlite3 from 'node-sqlite3-wasm';
import {
  checkExpected,
  checkId,
  checkVersion,
  CorruptStoreError,
  decode,
  encode,
  NotFoundError,
  StoreBusyError,
  type Json,
  type Persister,
  type StoredRecord,
} from './persister.ts';
import { StoreLock } from './sqlite-lock.ts';

// The package is CommonJS and attaches its classes at run time, so Node's ESM
// loader finds no named exports in it: take them from the default export.
const { Database, SQLite3Error } = sqlite3;

/** node-sqlite3-wasm's text for SQLITE_BUSY: its lock directory exists. */
const locked = 'database is locked';
/** SQLite's texts for a file that is not a database, or a damaged one. */
const damaged = new Set(['file is not a database', 'database disk image is malformed']);

const schema = `CREATE TABLE IF NOT EXISTS records (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  value TEXT NOT NULL
) STRICT`;

/**
 * A persister that keeps records in an SQLite database file, through
 * node-sqlite3-wasm: SQLite compiled to WebAssembly, reading and writing a
 * real file, with nothing to build or download at install time.
 *
 * Each write runs in a transaction that takes SQLite's write lock before it
 * reads the version, so two connections cannot both pass the version check.
 * Every operation holds the store's lock, and records this process as its
 * owner beside it, so the lock of a process that died is recovered.
 * Call {@link SqlitePersister.close} when done: the WebAssembly memory is not
 * freed by the garbage collector.
 */
export class SqlitePersister implements Persister {
  readonly #db: sqlite3.Database;
  readonly #lock: StoreLock;

  /**
   * Opens the database file, creating it and its table when missing.
   * @param path - The database file.
   * @throws {@link CorruptStoreError} when the file exists but is not an SQLite database.
   * @throws {@link StoreBusyError} when another connection holds the lock.
   */
  constructor(readonly path: string) {
    this.#lock = new StoreLock(path);
    const db = new Database(path);
    try {
      this.#lock.hold(() => this.#translated(() => db.exec(schema)));
    } catch (error) {
      db.close();
      throw error;
    }
    this.#db = db;
  }

  /** {@inheritDoc Persister.get} */
  get(id: string): StoredRecord {
    checkId(id);
    return this.#locked(() => this.#get(id));
  }

  #get(id: string): StoredRecord {
    const row = this.#db.get('SELECT version, value FROM records WHERE id = ?', [id]);
    if (row === null) throw new NotFoundError(id);
    const where = `${this.path} (record ${JSON.stringify(id)})`;
    if (typeof row.value !== 'string') throw new CorruptStoreError(where, 'its value is not text');
    return { id, version: this.#checked(row.version, where), value: decode(row.value, where) };
  }

  /** {@inheritDoc Persister.save} */
  save(id: string, value: Json, expectedVersion: number): StoredRecord {
    checkId(id);
    checkVersion(expectedVersion);
    const text = encode(value);
    const version = expectedVersion + 1;
    this.#transaction(() => {
      checkExpected(id, expectedVersion, this.#version(id));
      this.#db.run(
        'INSERT INTO records (id, version, value) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, value = excluded.value',
        [id, version, text],
      );
    });
    return { id, version, value: decode(text, this.path) };
  }

  /** {@inheritDoc Persister.delete} */
  delete(id: string, expectedVersion: number): void {
    checkId(id);
    checkVersion(expectedVersion);
    this.#transaction(() => {
      const actual = this.#version(id);
      if (actual === 0) throw new NotFoundError(id);
      checkExpected(id, expectedVersion, actual);
      this.#db.run('DELETE FROM records WHERE id = ?', [id]);
    });
  }

  /** {@inheritDoc Persister.ids} */
  ids(): string[] {
    return this.#locked(() =>
      this.#db
        .all('SELECT id FROM records')
        .map((row) => row.id)
        .filter((id): id is string => typeof id === 'string')
        .sort(),
    );
  }

  /** {@inheritDoc Persister.clear} */
  clear(): void {
    this.#transaction(() => this.#db.run('DELETE FROM records'));
  }

  /** Closes the database and frees its WebAssembly memory. The persister cannot be used after. */
  close(): void {
    this.#db.close();
  }

  #version(id: string): number {
    const row = this.#db.get('SELECT version FROM records WHERE id = ?', [id]);
    return row === null ? 0 : this.#checked(row.version, `${this.path} (record ${JSON.stringify(id)})`);
  }

  #checked(version: unknown, where: string): number {
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
      throw new CorruptStoreError(where, `its version is ${String(version)}`);
    }
    return version;
  }

  #locked<T>(body: () => T): T {
    return this.#lock.hold(() => this.#translated(body));
  }

  /** Reports SQLite's busy and damaged-file errors as persister errors; any other error passes unchanged. */
  #translated<T>(body: () => T): T {
    try {
      return body();
    } catch (error) {
      if (!(error instanceof SQLite3Error)) throw error;
      if (error.message === locked) throw new StoreBusyError(this.path, { cause: error });
      if (damaged.has(error.message)) throw new CorruptStoreError(this.path, error.message, { cause: error });
      throw error;
    }
  }

  #transaction(body: () => unknown): void {
    this.#locked(() => {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        body();
        this.#db.exec('COMMIT');
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw error;
      }
    });
  }
}
