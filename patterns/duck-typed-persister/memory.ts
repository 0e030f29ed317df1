import {
  checkExpected,
  checkId,
  checkVersion,
  decode,
  encode,
  NotFoundError,
  type Json,
  type Persister,
  type StoredRecord,
} from './persister.ts';

/**
 * A persister that keeps records in this process only. It stores JSON text,
 * so what you read back is a copy, exactly as from the stores on disk.
 */
export class MemoryPersister implements Persister {
  readonly #records = new Map<string, { readonly version: number; readonly text: string }>();

  /** {@inheritDoc Persister.get} */
  get(id: string): StoredRecord {
    checkId(id);
    const record = this.#records.get(id);
    if (record === undefined) throw new NotFoundError(id);
    return { id, version: record.version, value: decode(record.text, 'memory') };
  }

  /** {@inheritDoc Persister.save} */
  save(id: string, value: Json, expectedVersion: number): StoredRecord {
    checkId(id);
    checkVersion(expectedVersion);
    const text = encode(value);
    checkExpected(id, expectedVersion, this.#records.get(id)?.version ?? 0);
    const version = expectedVersion + 1;
    this.#records.set(id, { version, text });
    return { id, version, value: decode(text, 'memory') };
  }

  /** {@inheritDoc Persister.delete} */
  delete(id: string, expectedVersion: number): void {
    checkId(id);
    checkVersion(expectedVersion);
    const record = this.#records.get(id);
    if (record === undefined) throw new NotFoundError(id);
    checkExpected(id, expectedVersion, record.version);
    this.#records.delete(id);
  }

  /** {@inheritDoc Persister.ids} */
  ids(): string[] {
    return [...this.#records.keys()].sort();
  }

  /** {@inheritDoc Persister.clear} */
  clear(): void {
    this.#records.clear();
  }
}
