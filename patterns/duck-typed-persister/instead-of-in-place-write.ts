import * as nodeFs from 'node:fs';
import type { FileSystem } from './json-file.ts';
import type { Json, Persister, StoredRecord } from './persister.ts';

/**
 * The JSON file store most of us write first. It has the right shape, so
 * TypeScript accepts it as a Persister; the contract suite shows what it lacks.
 */
export class InPlaceJsonFile implements Persister {
  constructor(
    readonly path: string,
    private readonly fs: FileSystem = nodeFs,
  ) {}

  get(id: string): StoredRecord {
    const record = this.#read()[id];
    if (!record) throw new Error(`not found: ${id}`);
    return record;
  }

  // takes no expected version, so the last writer wins; fewer parameters still fit the interface
  save(id: string, value: Json): StoredRecord {
    const records = this.#read();
    const record = { id, version: (records[id]?.version ?? 0) + 1, value };
    records[id] = record;
    this.#write(records);
    return record;
  }

  delete(id: string): void {
    const records = this.#read();
    delete records[id];
    this.#write(records);
  }

  ids(): string[] {
    return Object.keys(this.#read()).sort();
  }

  clear(): void {
    this.#write({});
  }

  #read(): Record<string, StoredRecord> {
    try {
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- JSON.parse gives any, and nothing checks its shape
      const records: Record<string, StoredRecord> = JSON.parse(this.fs.readFileSync(this.path, 'utf8'));
      return records;
    } catch {
      // a missing file and a corrupt one look the same here, so the next write replaces a corrupt file
      return {};
    }
  }

  #write(records: Record<string, StoredRecord>): void {
    // written in place: a crash part-way leaves half a file; and JSON.stringify turns NaN into null
    this.fs.writeFileSync(this.path, JSON.stringify(records));
  }
}
