import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { StoreBusyError } from './persister.ts';

/** Who holds a store: written to `<db>.lock-owner` while a {@link SqlitePersister} works on the file. */
interface Owner {
  readonly pid: number;
  readonly host: string;
  /** The kernel's boot id, where /proc has one: a pid from an earlier boot is never alive. */
  readonly boot: string | null;
  /** The process's start time in clock ticks since boot, where /proc has it: tells a reused pid apart. */
  readonly started: string | null;
  readonly token: string;
}

function code(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return null;
    throw error;
  }
}

function bootId(): string | null {
  return readOrNull('/proc/sys/kernel/random/boot_id')?.trim() ?? null;
}

/** Fields 3 (state) and 22 (start time) of /proc/<pid>/stat, or null where there is no /proc. */
function procStat(pid: number): { state: string; started: string } | null {
  let text: string | null;
  try {
    text = readOrNull(`/proc/${pid}/stat`);
  } catch {
    return null;
  }
  if (text === null) return null;
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const [state, started] = [fields[0], fields[19]];
  return state === undefined || started === undefined ? null : { state, started };
}

function me(token: string): Owner {
  return { pid: process.pid, host: hostname(), boot: bootId(), started: procStat(process.pid)?.started ?? null, token };
}

function parseOwner(text: string): Owner | null {
  try {
    const value = JSON.parse(text) as Partial<Owner>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string'
      ? {
          pid: value.pid,
          host: value.host,
          boot: value.boot ?? null,
          started: value.started ?? null,
          token: value.token,
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether the owner may still be running. Every doubt answers yes: a live
 * owner's lock is never taken away, at the price of reporting a dead one as busy.
 */
function mayBeAlive(owner: Owner): boolean {
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.boot !== null && boot !== null && owner.boot !== boot) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if (code(error) === 'ESRCH') return false;
  }
  const stat = procStat(owner.pid);
  if (stat === null) return true;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return owner.started === null || stat.started === owner.started;
}

const journalMagic = Buffer.from('d9d505f920a163d7', 'hex');

/**
 * Rolls back the hot journal a writer left when it died mid-transaction, as
 * SQLite itself would on open. node-sqlite3-wasm never does: its VFS reports a
 * reserved lock whenever `<db>.lock` exists, and the connection that looks
 * holds that directory itself, so no journal ever looks hot to it.
 * Format: https://www.sqlite.org/fileformat.html#the_rollback_journal
 */
export function rollBackJournal(db: string): void {
  const journalPath = `${db}-journal`;
  let journal: Buffer;
  try {
    journal = readFileSync(journalPath);
  } catch (error) {
    if (code(error) === 'ENOENT') return;
    throw error;
  }
  const fd = openSync(db, 'r+');
  try {
    let offset = 0;
    let originalPages: number | null = null;
    let truncateTo = 0;
    replay: while (offset + 28 <= journal.length && journal.subarray(offset, offset + 8).equals(journalMagic)) {
      let records = journal.readUInt32BE(offset + 8);
      const nonce = journal.readUInt32BE(offset + 12);
      const pages = journal.readUInt32BE(offset + 16);
      const sector = journal.readUInt32BE(offset + 20);
      const pageSize = journal.readUInt32BE(offset + 24);
      if (sector < 28 || pageSize < 512) break;
      if (originalPages === null) {
        originalPages = pages;
        truncateTo = pages * pageSize;
      }
      const start = offset + sector;
      const size = pageSize + 8;
      if (records === 0xffffffff) records = Math.floor((journal.length - start) / size);
      for (let i = 0; i < records; i++) {
        const at = start + i * size;
        if (at + size > journal.length) break replay;
        const page = journal.readUInt32BE(at);
        const data = journal.subarray(at + 4, at + 4 + pageSize);
        let sum = nonce;
        for (let x = pageSize - 200; x > 0; x -= 200) sum = (sum + (data[x] ?? 0)) % 2 ** 32;
        if (page === 0 || sum !== journal.readUInt32BE(at + 4 + pageSize)) break replay;
        if (page <= originalPages) writeSync(fd, data, 0, pageSize, (page - 1) * pageSize);
      }
      offset = Math.ceil((start + records * size) / sector) * sector;
      if (records === 0) break;
    }
    if (originalPages !== null) ftruncateSync(fd, truncateTo);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(journalPath);
  syncDirectory(dirname(db));
}

/** Flushes a directory's entries, so a rename or unlink in it survives a power cut. */
export function syncDirectory(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The owner record beside node-sqlite3-wasm's lock directory. While a
 * persister works on the file it holds `<db>.lock-owner`, so a lock left by a
 * process that died can be told from a lock that is held.
 */
export class StoreLock {
  readonly #db: string;
  readonly #owner: string;

  /** @param db - The database file. */
  constructor(db: string) {
    this.#db = db;
    this.#owner = `${db}.lock-owner`;
  }

  /**
   * Runs `body` while this process owns the store, recovering the lock of an
   * owner that is no longer running.
   * @throws {@link StoreBusyError} when a live owner holds it.
   */
  hold<T>(body: () => T): T {
    this.#acquire();
    try {
      return body();
    } finally {
      unlinkSync(this.#owner);
    }
  }

  #acquire(): void {
    const token = randomUUID();
    const mine = `${this.#owner}.${token}`;
    writeFileSync(mine, `${JSON.stringify(me(token))}\n`, { flag: 'wx' });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          linkSync(mine, this.#owner);
          return;
        } catch (error) {
          if (code(error) !== 'EEXIST') throw error;
        }
        const text = readOrNull(this.#owner);
        if (text === null) continue;
        const owner = parseOwner(text);
        if (owner === null || mayBeAlive(owner)) throw new StoreBusyError(this.#db);
        this.#recover(owner);
      }
      throw new StoreBusyError(this.#db);
    } finally {
      unlinkSync(mine);
    }
  }

  #recover(dead: Owner): void {
    const reaper = `${this.#owner}.${dead.token}.recovering`;
    try {
      mkdirSync(reaper);
    } catch (error) {
      if (code(error) === 'EEXIST') throw new StoreBusyError(this.#db);
      throw error;
    }
    try {
      const again = readOrNull(this.#owner);
      if (again === null || parseOwner(again)?.token !== dead.token) return;
      rollBackJournal(this.#db);
      try {
        rmdirSync(`${this.#db}.lock`);
      } catch (error) {
        if (code(error) !== 'ENOENT') throw error;
      }
      unlinkSync(this.#owner);
    } finally {
      rmdirSync(reaper);
    }
  }
}
