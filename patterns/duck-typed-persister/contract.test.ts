import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InPlaceJsonFile } from './instead-of-in-place-write.ts';
import {
  JsonFilePersister,
  MemoryPersister,
  persisterContract,
  SqlitePersister,
  type ContractStore,
  type Persister,
} from './index.ts';

interface Backend {
  readonly store: ContractStore;
  dispose(): void;
}

function onDisk(file: string, open: (path: string) => Persister & { close?: () => void }): () => Backend {
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'persister-contract-'));
    const opened: (Persister & { close?: () => void })[] = [];
    return {
      store: {
        open: () => {
          const persister = open(join(dir, file));
          opened.push(persister);
          return persister;
        },
      },
      dispose: () => {
        for (const persister of opened) persister.close?.();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  };
}

const backends: Readonly<Record<string, () => Backend>> = {
  memory: () => {
    const persister = new MemoryPersister();
    return { store: { open: () => persister }, dispose: () => undefined };
  },
  'JSON file': onDisk('store.json', (path) => new JsonFilePersister(path)),
  SQLite: onDisk('store.sqlite', (path) => new SqlitePersister(path)),
};

function run(backend: () => Backend, name: string): void {
  const check = persisterContract[name];
  if (check === undefined) throw new Error(`no contract check named ${name}`);
  const made = backend();
  try {
    check(made.store);
  } finally {
    made.dispose();
  }
}

describe('duck-typed persister: the contract', () => {
  for (const [label, backend] of Object.entries(backends)) {
    describe(`pattern: ${label}`, () => {
      for (const name of Object.keys(persisterContract)) {
        it(name, () => {
          run(backend, name);
        });
      }
    });
  }

  it('instead-of: the in-place JSON file fits the type, and the contract names each way it falls short', () => {
    const failed = Object.keys(persisterContract).filter((name) => {
      try {
        run(
          onDisk('naive.json', (path) => new InPlaceJsonFile(path)),
          name,
        );
        return false;
      } catch {
        return true;
      }
    });
    expect(Object.keys(persisterContract)).toHaveLength(14);
    expect(failed).toEqual([
      'an unknown id is a NotFoundError for get and delete',
      'a deleted record is gone and ids() no longer lists it',
      'creating a record whose id is taken is a ConflictError, and the first stays',
      'of two writers racing from one version, the loser gets a ConflictError and the winner stays',
      'deleting with a stale version is a ConflictError and keeps the record',
      'saving over a record deleted since it was read is a ConflictError',
      'a value JSON would change or drop is a NotSerialisableError naming where, and nothing is stored',
      'awkward JSON and awkward ids come back exactly',
      'a bad id or version is an InvalidArgumentError, before anything is written',
      'ids() lists every id in order, and clear() removes them all',
    ]);
  });
});
