import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { dirname } from 'node:path';
import {
  checkExpected,
  checkId,
  checkVersion,
  CorruptStoreError,
  decode,
  encode,
  NotFoundError,
  type Json,
  type Persister,
  type StoredRecord,
} from './persister.ts';

/**
 * The file operations {@link JsonFilePersister} uses. `node:fs` fits this
 * shape as it is; a test can pass an object that fails part-way instead.
 */
export interface FileSystem {
  /** Reads a whole file as UTF-8; throws an error with code `ENOENT` when it does not exist. */
  readFileSync(path: string, encoding: 'utf8'): string;
  /** Opens a file; the persister opens its temp files with flag `wx`, and their folder with `r` to flush it. */
  openSync(path: string, flags: string): number;
  /** Writes all of `data` to an open file or a path. */
  writeFileSync(file: number | string, data: string): void;
  /** Flushes an open file, or an open folder's entries, to the disk. */
  fsyncSync(fd: number): void;
  /** Closes an open file. */
  closeSync(fd: number): void;
  /** Moves a file over another in one step. */
  renameSync(oldPath: string, newPath: string): void;
  /** Deletes a file. */
  unlinkSync(path: string): void;
}

const format = 'gotcha-katas/duck-typed-persister@1';

interface Entry {
  readonly version: number;
  readonly value: Json;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * A persister that keeps every record in one JSON file.
 *
 * Each operation reads the file afresh, so two persisters on one path see each
 * other's writes. Each write goes to a new temp file beside it, is flushed, and
 * then renamed over the file, so a crash leaves either the old file or the new
 * one, never half of either. The folder is then flushed too (except on
 * Windows, where Node cannot open a folder), so a save that has returned
 * survives a power cut.
 *
 * The version check holds within one thread: from read to rename each
 * operation is synchronous. Two threads or two processes can both pass it.
 */
export class JsonFilePersister implements Persister {
  readonly #fs: FileSystem;

  /**
   * @param path - The JSON file. It need not exist yet; it is created by the first save.
   * @param fs - The file operations to use; `node:fs` unless a test passes its own.
   */
  constructor(
    readonly path: string,
    fs: FileSystem = nodeFs,
  ) {
    this.#fs = fs;
  }

  /** {@inheritDoc Persister.get} */
  get(id: string): StoredRecord {
    checkId(id);
    const entry = this.#read().get(id);
    if (entry === undefined) throw new NotFoundError(id);
    return { id, ...entry };
  }

  /** {@inheritDoc Persister.save} */
  save(id: string, value: Json, expectedVersion: number): StoredRecord {
    checkId(id);
    checkVersion(expectedVersion);
    const text = encode(value);
    const records = this.#read();
    checkExpected(id, expectedVersion, records.get(id)?.version ?? 0);
    const version = expectedVersion + 1;
    records.set(id, { version, value: decode(text, this.path) });
    this.#write(records);
    return { id, version, value: decode(text, this.path) };
  }

  /** {@inheritDoc Persister.delete} */
  delete(id: string, expectedVersion: number): void {
    checkId(id);
    checkVersion(expectedVersion);
    const records = this.#read();
    const entry = records.get(id);
    if (entry === undefined) throw new NotFoundError(id);
    checkExpected(id, expectedVersion, entry.version);
    records.delete(id);
    this.#write(records);
  }

  /** {@inheritDoc Persister.ids} */
  ids(): string[] {
    return [...this.#read().keys()].sort();
  }

  /** {@inheritDoc Persister.clear} */
  clear(): void {
    this.#read();
    this.#write(new Map());
  }

  #read(): Map<string, Entry> {
    let text: string;
    try {
      text = this.#fs.readFileSync(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return new Map();
      throw error;
    }
    const data = decode(text, this.path);
    const corrupt = (problem: string) => new CorruptStoreError(this.path, problem);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw corrupt('it is not a JSON object');
    const { format: found, records } = data as { readonly format?: Json; readonly records?: Json };
    if (found !== format)
      throw corrupt(`its format is ${JSON.stringify(found) ?? 'missing'}, not ${JSON.stringify(format)}`);
    if (!Array.isArray(records)) throw corrupt('it has no records list');
    const result = new Map<string, Entry>();
    for (const [index, record] of (records as readonly Json[]).entries()) {
      const { id, version, value } = (record ?? {}) as {
        readonly id?: Json;
        readonly version?: Json;
        readonly value?: Json;
      };
      if (typeof id !== 'string' || id === '') throw corrupt(`record ${index} has no id`);
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
        throw corrupt(`record ${index} has no version`);
      if (value === undefined) throw corrupt(`record ${index} has no value`);
      if (result.has(id)) throw corrupt(`the id ${JSON.stringify(id)} appears twice`);
      result.set(id, { version, value });
    }
    return result;
  }

  #write(records: ReadonlyMap<string, Entry>): void {
    const list = [...records].map(([id, { version, value }]) => ({ id, version, value }));
    const text = `${JSON.stringify({ format, records: list }, null, 2)}\n`;
    // #region write
    const temp = `${this.path}.${randomUUID()}.tmp`;
    const fd = this.#fs.openSync(temp, 'wx');
    try {
      try {
        this.#fs.writeFileSync(fd, text);
        this.#fs.fsyncSync(fd);
      } finally {
        this.#fs.closeSync(fd);
      }
      this.#fs.renameSync(temp, this.path);
    } catch (error) {
      try {
        this.#fs.unlinkSync(temp);
      } catch {
        // The write has already failed; a stray temp file is never read.
      }
      throw error;
    }
    if (process.platform !== 'win32') this.#syncFolder();
    // #endregion write
  }

  /** The rename is only an entry in the folder: until the folder is flushed, a power cut can undo it. */
  #syncFolder(): void {
    const fd = this.#fs.openSync(dirname(this.path), 'r');
    try {
      this.#fs.fsyncSync(fd);
    } finally {
      this.#fs.closeSync(fd);
    }
  }
}
