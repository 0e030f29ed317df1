import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptStoreError, NotFoundError, PersisterError, SqlitePersister, StoreBusyError } from './index.ts';

let dir = '';
let file = '';
const open: (SqlitePersister | Database)[] = [];

function persister(): SqlitePersister {
  const p = new SqlitePersister(file);
  open.push(p);
  return p;
}

function raw(): Database {
  const db = new Database(file);
  open.push(db);
  return db;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persister-sqlite-'));
  file = join(dir, 'store.sqlite');
});

afterEach(() => {
  for (const handle of open.splice(0)) handle.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('duck-typed persister: SQLite', () => {
  it('pattern: node-sqlite3-wasm installs without building or downloading anything', () => {
    const dir = dirname(createRequire(import.meta.url).resolve('node-sqlite3-wasm/package.json'));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
      gypfile?: boolean;
    };
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(manifest.scripts?.[hook]).toBeUndefined();
    expect(manifest.gypfile).toBeUndefined();
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['node-sqlite3-wasm.js', 'node-sqlite3-wasm.wasm']);
  });

  it('pattern: node:sqlite is missing from Node 20, and built into Node 22 and 24', async () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect([20, 22, 24]).toContain(major);
    expect(isBuiltin('node:sqlite')).toBe(major !== 20);
    const specifier = 'node:sqlite';
    if (major === 20) await expect(import(specifier)).rejects.toThrow('node:sqlite');
    else expect(typeof ((await import(specifier)) as { DatabaseSync?: unknown }).DatabaseSync).toBe('function');
  });

  it('pattern: the store is a real SQLite database file that any SQLite client can read', () => {
    persister().save('ada', { name: 'Ada' }, 0);
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(raw().all('SELECT id, version, value FROM records')).toEqual([
      { id: 'ada', version: 1, value: '{"name":"Ada"}' },
    ]);
  });

  it('pattern: a file that is not a database is a CorruptStoreError, and its bytes stay as they were', () => {
    const text = 'id,name\nada,Ada Lovelace\ngrace,Grace Hopper\n'.repeat(20);
    writeFileSync(file, text);
    expect(() => new SqlitePersister(file)).toThrow(new CorruptStoreError(file, 'file is not a database'));
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('pattern: a row whose value is not JSON is a CorruptStoreError naming the record, and the row stays', () => {
    const p = persister();
    p.save('ada', { name: 'Ada' }, 0);
    raw().run("UPDATE records SET value = '{\"name\": \"Ad' WHERE id = 'ada'");
    expect(() => p.get('ada')).toThrow(`${file} (record "ada") is corrupt: it is not valid JSON; it was left as it is`);
    expect(raw().get("SELECT value FROM records WHERE id = 'ada'")).toEqual({ value: '{"name": "Ad' });
  });

  it('pattern: while another connection holds the write lock, a write is a StoreBusyError and changes nothing', () => {
    const p = persister();
    p.save('ada', 1, 0);
    const other = raw();
    other.exec('BEGIN IMMEDIATE');
    expect(() => p.save('ada', 2, 1)).toThrow(StoreBusyError);
    expect(() => p.delete('ada', 1)).toThrow(StoreBusyError);
    expect(() => p.clear()).toThrow(StoreBusyError);
    other.exec('ROLLBACK');
    expect(p.get('ada')).toEqual({ id: 'ada', version: 1, value: 1 });
    p.delete('ada', 1);
    expect(() => p.get('ada')).toThrow(NotFoundError);
  });

  it('pattern: while another connection holds the lock, every call and opening is a StoreBusyError, never corrupt', () => {
    const p = persister();
    p.save('ada', 1, 0);
    const other = raw();
    other.exec('BEGIN IMMEDIATE');
    const calls: Record<string, () => unknown> = {
      get: () => p.get('ada'),
      ids: () => p.ids(),
      save: () => p.save('ada', 2, 1),
      delete: () => p.delete('ada', 1),
      clear: () => p.clear(),
      open: () => new SqlitePersister(file),
    };
    for (const [name, call] of Object.entries(calls)) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${name} while locked`).toBeInstanceOf(StoreBusyError);
      expect(thrown, `${name} while locked`).toBeInstanceOf(PersisterError);
      expect(thrown, `${name} while locked is not reported as corrupt`).not.toBeInstanceOf(CorruptStoreError);
    }
    other.exec('ROLLBACK');
    expect(p.get('ada')).toEqual({ id: 'ada', version: 1, value: 1 });
    expect(persister().ids()).toEqual(['ada']);
  });
});
