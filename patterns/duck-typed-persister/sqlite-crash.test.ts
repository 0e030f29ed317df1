import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'node-sqlite3-wasm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '#kit/paths.ts';
import { SqlitePersister, StoreBusyError } from './index.ts';

const script = join(import.meta.dirname, 'processes', 'sqlite-process.ts');
let dir = '';
let file = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persister-crash-'));
  file = join(dir, 'store.sqlite');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly lines: AsyncIterator<string>;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(): void;
}

function start(mode: 'crash' | 'open'): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script, mode, file], { cwd: repoRoot });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  async function* lines(): AsyncGenerator<string> {
    let buffered = '';
    for await (const chunk of child.stdout.setEncoding('utf8')) {
      buffered += String(chunk);
      let end: number;
      while ((end = buffered.indexOf('\n')) >= 0) {
        yield buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
      }
    }
  }
  return { lines: lines(), exit, kill: () => child.kill('SIGKILL') };
}

async function nextLine(run: Run): Promise<string> {
  const line = await run.lines.next();
  if (line.done === true) throw new Error(`the process ended without a line: ${(await run.exit).stderr}`);
  return line.value;
}

function seed(): Buffer {
  const store = new SqlitePersister(file);
  store.save('ada', { name: 'Ada' }, 0);
  store.save('big', 'old'.repeat(100_000), 0);
  store.close();
  return readFileSync(file);
}

function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not start a process');
  return pid;
}

function ownerRecord(pid: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ pid, host: hostname(), boot: null, started: null, token: 'stale-owner', ...extra });
}

function staleLock(owner: string): void {
  mkdirSync(`${file}.lock`);
  writeFileSync(`${file}.lock-owner`, owner);
}

// These tests start real processes; under load that can take seconds, so the limit is a safety net, not a measure.
describe('duck-typed persister: SQLite lock recovery', { timeout: 60_000 }, () => {
  it('pattern: after kill -9 mid-transaction, a new process reads every committed record and writes', async () => {
    const committed = seed();
    const writer = start('crash');
    expect(await nextLine(writer)).toBe('mid-transaction');
    expect(existsSync(`${file}.lock`)).toBe(true);
    expect(existsSync(`${file}.lock-owner`)).toBe(true);
    expect(existsSync(`${file}-journal`)).toBe(true);
    expect(readFileSync(file).equals(committed), 'SQLite had written uncommitted pages to the file').toBe(false);
    writer.kill();
    expect((await writer.exit).signal).toBe('SIGKILL');
    expect(existsSync(`${file}.lock`), 'node-sqlite3-wasm left its lock directory behind').toBe(true);

    const copy = join(dir, 'copy.sqlite');
    copyFileSync(file, copy);
    copyFileSync(`${file}-journal`, `${copy}-journal`);
    const unrecovered = new sqlite3.Database(copy);
    expect(
      () => unrecovered.all('SELECT id, version, value FROM records'),
      'node-sqlite3-wasm on its own never rolls back the journal, so it reads the half-written file',
    ).toThrow('database disk image is malformed');
    unrecovered.close();

    const reader = start('open');
    const printed = JSON.parse(await nextLine(reader)) as { records: unknown[]; ids: string[] };
    expect(await reader.exit).toMatchObject({ code: 0, stderr: '' });
    expect(printed.records).toEqual([
      { id: 'ada', version: 1, value: { name: 'Ada' } },
      { id: 'big', version: 1, value: 'oldoldold… (300000 characters)' },
    ]);
    expect(printed.ids).toEqual(['ada', 'big', 'grace']);
    for (const left of ['.lock', '.lock-owner', '-journal']) expect(existsSync(`${file}${left}`)).toBe(false);
    const db = new sqlite3.Database(file);
    expect(db.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    db.close();
  });

  it('pattern: a lock whose owner process has exited is recovered', () => {
    seed();
    staleLock(ownerRecord(deadPid()));
    const store = new SqlitePersister(file);
    expect(store.get('ada').value).toEqual({ name: 'Ada' });
    store.save('grace', 1, 0);
    store.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('pattern: a lock whose pid now belongs to a later process is recovered', () => {
    seed();
    staleLock(ownerRecord(process.pid, { started: 'an earlier process with this pid' }));
    const store = new SqlitePersister(file);
    expect(store.ids()).toEqual(['ada', 'big']);
    store.close();
  });

  it('pattern: a lock held by a live process, by another host, or by no known owner is a StoreBusyError', () => {
    seed();
    const owners = [
      ownerRecord(process.ppid, { started: null }),
      ownerRecord(deadPid(), { host: `not-${hostname()}` }),
      'not an owner record',
    ];
    const open = () => new SqlitePersister(file);
    for (const owner of owners) {
      staleLock(owner);
      expect(open).toThrow(StoreBusyError);
      expect(readFileSync(`${file}.lock-owner`, 'utf8')).toBe(owner);
      expect(existsSync(`${file}.lock`)).toBe(true);
      rmSync(`${file}.lock`, { recursive: true });
      rmSync(`${file}.lock-owner`);
    }
    mkdirSync(`${file}.lock`);
    expect(() => new SqlitePersister(file), 'a lock directory with no owner record').toThrow(StoreBusyError);
  });

  it('pattern: while another process recovers a dead owner’s lock, the store is busy', () => {
    seed();
    staleLock(ownerRecord(deadPid()));
    mkdirSync(`${file}.lock-owner.stale-owner.recovering`);
    expect(() => new SqlitePersister(file)).toThrow(StoreBusyError);
    expect(existsSync(`${file}.lock`)).toBe(true);
  });
});
