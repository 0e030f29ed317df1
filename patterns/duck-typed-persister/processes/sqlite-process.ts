// Run by sqlite-crash.test.ts as a process of its own: `node --import tsx sqlite-process.ts <mode> <file>`.
// crash: saves a large value, and stops for ever in the middle of the transaction, after SQLite has
//        already written some of its pages to the file; the test kills it there with SIGKILL.
// open:  opens the store as a new process, prints every record (long text cut short), then saves one more.
import { writeSync } from 'node:fs';
import sqlite3 from 'node-sqlite3-wasm';
import { SqlitePersister } from '../index.ts';

const [mode, file] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: sqlite-process.ts crash|open <file>');

if (mode === 'crash') {
  const { prototype } = sqlite3.Database;
  const exec: (this: sqlite3.Database, sql: string) => void = Reflect.get(prototype, 'exec');
  type Run = sqlite3.Database['run'];
  const run: (this: sqlite3.Database, ...args: Parameters<Run>) => ReturnType<Run> = Reflect.get(prototype, 'run');
  prototype.exec = function (this: sqlite3.Database, sql: string) {
    if (sql === 'BEGIN IMMEDIATE') exec.call(this, 'PRAGMA cache_size = 2');
    exec.call(this, sql);
  };
  prototype.run = function (this: sqlite3.Database, ...args: Parameters<Run>) {
    const result = run.apply(this, args);
    writeSync(1, 'mid-transaction\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    return result;
  };
  new SqlitePersister(file).save('big', 'new'.repeat(100_000), 1);
} else {
  const store = new SqlitePersister(file);
  const records = store.ids().map((id) => {
    const { version, value } = store.get(id);
    return {
      id,
      version,
      value: typeof value === 'string' ? `${value.slice(0, 9)}… (${value.length} characters)` : value,
    };
  });
  store.save('grace', { name: 'Grace' }, 0);
  writeSync(1, `${JSON.stringify({ records, ids: store.ids() })}\n`);
  store.close();
}
