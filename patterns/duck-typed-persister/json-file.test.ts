import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { bundle } from '#kit/runner.ts';
import { InPlaceJsonFile } from './instead-of-in-place-write.ts';
import {
  CorruptStoreError,
  JsonFilePersister,
  NotSerialisableError,
  type FileSystem,
  type Persister,
} from './index.ts';

const realFs: FileSystem = fs;

class SimulatedCrash extends Error {
  override name = 'SimulatedCrash';
}

/**
 * A file system that fails part-way: half of one write reaches the disk, or a
 * rename never happens. Without an error code it is a crash, and nothing runs
 * after it; with one (say ENOSPC) the process lives on.
 */
function crashing(at: 'write' | 'rename', code?: string): FileSystem {
  let dead = false;
  const alive = () => {
    if (dead) throw new SimulatedCrash('the process is gone');
  };
  const die = (what: string): never => {
    if (code === undefined) dead = true;
    throw Object.assign(new SimulatedCrash(what), { code });
  };
  return {
    readFileSync: (path, encoding) => (alive(), realFs.readFileSync(path, encoding)),
    openSync: (path, flags) => (alive(), realFs.openSync(path, flags)),
    writeFileSync: (file, data) => {
      alive();
      if (at !== 'write') return realFs.writeFileSync(file, data);
      realFs.writeFileSync(file, data.slice(0, Math.floor(data.length / 2)));
      die('crashed half-way through a write');
    },
    fsyncSync: (fd) => (alive(), realFs.fsyncSync(fd)),
    closeSync: (fd) => (alive(), realFs.closeSync(fd)),
    renameSync: (from, to) => {
      alive();
      if (at === 'rename') die('crashed before the rename');
      realFs.renameSync(from, to);
    },
    unlinkSync: (path) => (alive(), realFs.unlinkSync(path)),
  };
}

const dirs: string[] = [];

/** A path for a store file in a new temp folder, removed after the test. */
function tempFile(): string {
  const dir = fs.mkdtempSync(join(tmpdir(), 'persister-json-'));
  dirs.push(dir);
  return join(dir, 'store.json');
}

const read = (file: string) => fs.readFileSync(file, 'utf8');
const othersBeside = (file: string) => fs.readdirSync(dirname(file)).filter((name) => name !== basename(file));

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function seed(persister: Persister): void {
  persister.save('ada', { name: 'Ada' }, 0);
  persister.save('grace', { name: 'Grace' }, 0);
}

describe('duck-typed persister: JSON file', () => {
  it('pattern: the file is JSON a person can read, with a format tag and a list of records', () => {
    const file = tempFile();
    seed(new JsonFilePersister(file));
    expect(JSON.parse(read(file))).toEqual({
      format: 'gotcha-katas/duck-typed-persister@1',
      records: [
        { id: 'ada', version: 1, value: { name: 'Ada' } },
        { id: 'grace', version: 1, value: { name: 'Grace' } },
      ],
    });
  });

  for (const at of ['write', 'rename'] as const) {
    it(`pattern: a crash at the ${at} of the temp file loses nothing already stored`, () => {
      const file = tempFile();
      seed(new JsonFilePersister(file));
      const before = read(file);

      const doomed = new JsonFilePersister(file, crashing(at));
      expect(() => doomed.save('linus', { name: 'Linus' }, 0)).toThrow(SimulatedCrash);

      expect(read(file)).toBe(before);
      const [temp, ...more] = othersBeside(file);
      expect(more).toEqual([]);
      expect(temp).toMatch(/^store\.json\.[0-9a-f-]{36}\.tmp$/);
      if (at === 'write')
        expect(() => JSON.parse(fs.readFileSync(join(dirname(file), temp ?? ''), 'utf8')) as unknown).toThrow(
          SyntaxError,
        );

      const after = new JsonFilePersister(file);
      expect(after.ids()).toEqual(['ada', 'grace']);
      expect(after.get('ada')).toEqual({ id: 'ada', version: 1, value: { name: 'Ada' } });
      after.save('linus', { name: 'Linus' }, 0);
      expect(after.ids()).toEqual(['ada', 'grace', 'linus']);
    });
  }

  it('instead-of: the same crash mid-write tears the file, which then reads as empty, and the next save keeps only itself', () => {
    const file = tempFile();
    seed(new InPlaceJsonFile(file));
    const doomed = new InPlaceJsonFile(file, crashing('write'));
    expect(() => doomed.save('linus', { name: 'Linus' })).toThrow(SimulatedCrash);

    expect(() => JSON.parse(read(file)) as unknown).toThrow(SyntaxError);
    const after = new InPlaceJsonFile(file);
    expect(after.ids()).toEqual([]);
    after.save('linus', { name: 'Linus' });
    expect(Object.keys(JSON.parse(read(file)) as object)).toEqual(['linus']);
  });

  it('pattern: a write that fails without a crash reports the file system error and removes its temp file', () => {
    const file = tempFile();
    seed(new JsonFilePersister(file));
    const before = read(file);
    const full = new JsonFilePersister(file, crashing('write', 'ENOSPC'));
    expect(() => full.save('linus', { name: 'Linus' }, 0)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(read(file)).toBe(before);
    expect(othersBeside(file)).toEqual([]);
  });

  const damaged: Readonly<Record<string, string>> = {
    'an empty file': '',
    'half a file': '{"format": "gotcha-katas/duck-typed-persister@1", "records": [{"id": "ada", "vers',
    'a JSON list': '[]',
    'another format': '{"format": "someone-else@2", "records": []}',
    'a records field that is not a list': '{"format": "gotcha-katas/duck-typed-persister@1", "records": {}}',
    'a record without a version':
      '{"format": "gotcha-katas/duck-typed-persister@1", "records": [{"id": "ada", "value": 1}]}',
    'an id stored twice': `{"format": "gotcha-katas/duck-typed-persister@1", "records": [${'{"id": "ada", "version": 1, "value": 1}, '.repeat(2).slice(0, -2)}]}`,
  };

  for (const [what, text] of Object.entries(damaged)) {
    it(`pattern: ${what} is a CorruptStoreError for every operation, and its bytes stay as they were`, () => {
      const file = tempFile();
      fs.writeFileSync(file, text);
      const p = new JsonFilePersister(file);
      const operations = [
        () => p.get('ada'),
        () => p.save('ada', 2, 1),
        () => p.save('new', 1, 0),
        () => p.delete('ada', 1),
        () => p.ids(),
        () => p.clear(),
      ];
      for (const operation of operations) {
        expect(operation).toThrow(CorruptStoreError);
        expect(read(file)).toBe(text);
      }
      expect(() => p.ids()).toThrow(`${file} is corrupt: `);
    });
  }

  it('instead-of: a corrupt file reads as empty, and the next save silently replaces it', () => {
    const file = tempFile();
    const text = '{"ada": {"id": "ada", "version": 1, "value": {"name": "Ada"}}, "grace": {"id": "gr';
    fs.writeFileSync(file, text);
    const naive = new InPlaceJsonFile(file);
    expect(naive.ids()).toEqual([]);
    naive.save('linus', { name: 'Linus' });
    expect(read(file)).not.toContain('ada');
  });

  it('instead-of: the id __proto__ sets a prototype instead of a key, so its record never reaches the file', () => {
    const file = tempFile();
    const naive = new InPlaceJsonFile(file);
    naive.save('ada', 1);
    naive.save('__proto__', { name: 'lost' });
    expect(JSON.parse(read(file))).toEqual({ ada: { id: 'ada', version: 1, value: 1 } });
    expect(naive.get('__proto__')).toBe(Object.prototype);
    expect(() => naive.delete('nobody')).not.toThrow();
  });

  it.skipIf(process.platform === 'win32')(
    'pattern: after the rename, the folder is flushed before save returns',
    () => {
      const file = tempFile();
      const calls: string[] = [];
      const names = new Map<number, string>();
      const recording: FileSystem = {
        ...realFs,
        openSync: (path, flags) => {
          const fd = realFs.openSync(path, flags);
          names.set(fd, path === dirname(file) ? 'folder' : basename(path).endsWith('.tmp') ? 'temp' : path);
          calls.push(`open ${names.get(fd)} ${flags}`);
          return fd;
        },
        writeFileSync: (target, data) => {
          calls.push(`write ${typeof target === 'number' ? names.get(target) : target}`);
          realFs.writeFileSync(target, data);
        },
        fsyncSync: (fd) => {
          calls.push(`fsync ${names.get(fd)}`);
          realFs.fsyncSync(fd);
        },
        closeSync: (fd) => {
          calls.push(`close ${names.get(fd)}`);
          realFs.closeSync(fd);
        },
        renameSync: (from, to) => {
          calls.push(`rename temp over ${basename(to)}`);
          realFs.renameSync(from, to);
        },
      };
      new JsonFilePersister(file, recording).save('ada', 1, 0);
      expect(calls).toEqual([
        'open temp wx',
        'write temp',
        'fsync temp',
        'close temp',
        'rename temp over store.json',
        'open folder r',
        'fsync folder',
        'close folder',
      ]);
    },
  );

  it('pattern: its limit: a write by another process between this read and its rename is lost', () => {
    const file = tempFile();
    new JsonFilePersister(file).save('ada', 1, 0);
    const otherProcess = new JsonFilePersister(file);
    const slow: FileSystem = {
      ...realFs,
      renameSync: (from, to) => {
        otherProcess.save('grace', 1, 0);
        realFs.renameSync(from, to);
      },
    };
    new JsonFilePersister(file, slow).save('ada', 2, 1);
    expect(new JsonFilePersister(file).ids()).toEqual(['ada']);
  });

  it('instead-of: JSON.stringify turns NaN into null and drops undefined without a word; the pattern refuses both', () => {
    const file = tempFile();
    const naive = new InPlaceJsonFile(file);
    naive.save('ada', { score: Number.NaN, email: undefined } as unknown as { score: number });
    expect(naive.get('ada').value).toEqual({ score: null });

    const p = new JsonFilePersister(join(dirname(file), 'pattern.json'));
    expect(() => p.save('ada', { score: Number.NaN }, 0)).toThrow(
      new NotSerialisableError('value.score', 'NaN is not JSON (JSON.stringify writes null)'),
    );
    expect(() => p.save('ada', { email: undefined } as unknown as { email: string }, 0)).toThrow(NotSerialisableError);
  });
});

describe('duck-typed persister: the JSON file store across threads', () => {
  it(
    'pattern: two worker_threads can both pass the version check, so the later rename wins',
    { timeout: 60_000 },
    async () => {
      const path = tempFile();
      new JsonFilePersister(path).save('counter', 0, 0);
      const code = await bundle(join(import.meta.dirname, 'processes', 'json-file-worker.ts'));
      const url = new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
      const rounds = 20;
      const shared = new SharedArrayBuffer(8);
      const run = () =>
        new Promise<{ saved: number; conflicts: number }>((resolve, reject) => {
          const worker = new Worker(url, { workerData: { path, rounds, shared } });
          worker.once('message', resolve);
          worker.once('error', reject);
        });
      const results = await Promise.all([run(), run()]);
      expect(results).toEqual([
        { saved: rounds, conflicts: 0 },
        { saved: rounds, conflicts: 0 },
      ]);
      const after = new JsonFilePersister(path).get('counter');
      expect(after, `${2 * rounds} saves were reported, but each round lost one`).toEqual({
        id: 'counter',
        version: rounds + 1,
        value: rounds,
      });
    },
  );
});
