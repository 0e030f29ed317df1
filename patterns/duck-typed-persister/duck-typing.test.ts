import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseDoc } from '#catalog/catalog.ts';
import * as baseClass from './instead-of-base-class.ts';
import { InPlaceJsonFile } from './instead-of-in-place-write.ts';
import {
  asPersister,
  isPersister,
  JsonFilePersister,
  MemoryPersister,
  NotAPersisterError,
  persisterMethods,
  SqlitePersister,
  type Json,
  type Persister,
  type StoredRecord,
} from './index.ts';

/** A persister written as a plain object: no class, no base, no implements clause. */
function objectPersister(): Persister {
  const inner = new MemoryPersister();
  return {
    get: (id) => inner.get(id),
    save: (id, value, expectedVersion) => inner.save(id, value, expectedVersion),
    delete: (id, expectedVersion) => inner.delete(id, expectedVersion),
    ids: () => inner.ids(),
    clear: () => inner.clear(),
  };
}

function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  Reflect.deleteProperty(copy, key);
  return copy;
}

describe('duck-typed persister: the shape is the type', () => {
  it('pattern: three classes with no common base are all persisters, and so is a plain object', () => {
    expectTypeOf<MemoryPersister>().toExtend<Persister>();
    expectTypeOf<JsonFilePersister>().toExtend<Persister>();
    expectTypeOf<SqlitePersister>().toExtend<Persister>();
    expect(Object.getPrototypeOf(MemoryPersister.prototype)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(SqlitePersister.prototype)).toBe(Object.prototype);
    const p = objectPersister();
    p.save('ada', 1, 0);
    expect(p.get('ada')).toEqual({ id: 'ada', version: 1, value: 1 });
  });

  it('pattern: the compiler checks every signature; the runtime guard can only see names', () => {
    const noDelete = without(objectPersister(), 'delete');
    // @ts-expect-error a persister without delete() does not fit
    const lacking: Persister = noDelete;
    const later = {
      ...objectPersister(),
      get: (id: string): Promise<StoredRecord> => Promise.resolve({ id, version: 1, value: null }),
    };
    // @ts-expect-error get() that returns a Promise is a different shape: callers would read .value off a Promise
    const promised: Persister = later;
    const loose = {
      ...objectPersister(),
      save: (id: string, value: Json, expectedVersion: string) => ({ id, value, version: Number(expectedVersion) }),
    };
    // @ts-expect-error save() must accept a number as its expected version
    const wrongParameter: Persister = loose;
    expect([lacking, promised, wrongParameter].map(isPersister)).toEqual([false, true, true]);
  });

  it('pattern: extra members and fewer parameters still fit, so the type alone cannot tell a good store from the in-place one', () => {
    expectTypeOf<SqlitePersister>().toHaveProperty('close');
    expectTypeOf<InPlaceJsonFile['save']>().parameters.toEqualTypeOf<[id: string, value: Json]>();
    expectTypeOf<InPlaceJsonFile>().toExtend<Persister>();
  });

  it('pattern: a fresh object literal with an extra member is refused (TS2353); the same object via a variable fits', () => {
    const inner = new MemoryPersister();
    const methods = {
      get: (id: string) => inner.get(id),
      save: (id: string, value: Json, expectedVersion: number) => inner.save(id, value, expectedVersion),
      delete: (id: string, expectedVersion: number) => inner.delete(id, expectedVersion),
      ids: () => inner.ids(),
      clear: () => inner.clear(),
    };
    const literal: Persister = {
      ...methods,
      // @ts-expect-error TS2353: an object literal may only specify known properties (the excess property check)
      close: () => undefined,
    };
    const withClose = { ...methods, close: () => undefined };
    const viaVariable: Persister = withClose;
    expect([literal, viaVariable].map(isPersister)).toEqual([true, true]);
  });

  it('pattern: persisterMethods names exactly the members of Persister', () => {
    expectTypeOf<(typeof persisterMethods)[number]>().toEqualTypeOf<keyof Persister>();
  });
});

describe('duck-typed persister: can it quack? (values from outside)', () => {
  const outside: Readonly<Record<string, unknown>> = {
    'a class instance': new MemoryPersister(),
    'a plain object': objectPersister(),
    'an instance from another class hierarchy': new baseClass.InMemory(),
  };

  for (const [what, value] of Object.entries(outside)) {
    it(`pattern: ${what} passes the guard and is usable`, () => {
      expect(isPersister(value)).toBe(true);
      const p = asPersister(value, what);
      expect(p.save('k', [1], 0).version).toBe(1);
    });
  }

  it('pattern: a value that lacks methods is refused at the boundary, naming every one it lacks', () => {
    const plugin: unknown = { get: () => null, save: () => null, delete: 'not a function' };
    expect(isPersister(plugin)).toBe(false);
    expect(() => asPersister(plugin, 'the plugin "cache"')).toThrow(
      new NotAPersisterError('the plugin "cache"', ['delete', 'ids', 'clear']),
    );
    expect(() => asPersister(plugin, 'the plugin "cache"')).toThrow(
      'the plugin "cache" is not a persister: it has no delete(), ids(), clear()',
    );
    for (const value of [
      null,
      undefined,
      42,
      'persister',
      JSON.parse('{"get": 1, "save": 1, "delete": 1, "ids": 1, "clear": 1}') as unknown,
    ]) {
      expect(isPersister(value)).toBe(false);
    }
  });

  it('instead-of: a cast lets the bad value in, and it fails later, far from where it came in', () => {
    const plugin: unknown = { get: () => null, save: () => null };
    const p = baseClass.trustPersister(plugin);
    expect(() => p.ids()).toThrow(new TypeError('p.ids is not a function'));
  });

  it('instead-of: an instanceof check refuses a good duck, even one that extends the base', async () => {
    expect(() => baseClass.requirePersister(objectPersister())).toThrow('expected a BasePersister');
    expect(baseClass.requirePersister(new baseClass.InMemory())).toBeInstanceOf(baseClass.BasePersister);

    // A query string makes the test runner load the module again: two copies, as when a plugin bundles its own.
    const copyPath = './instead-of-base-class.ts?second-copy';
    const copy = (await import(copyPath)) as typeof baseClass;
    const fromPlugin = new copy.InMemory();
    expect(() => baseClass.requirePersister(fromPlugin)).toThrow('expected a BasePersister');
    expect(asPersister(fromPlugin)).toBe(fromPlugin);
  });
});

describe('duck-typed persister: the README', () => {
  it('shows each code block exactly as it is in the file it names', () => {
    const doc = parseDoc(readFileSync(new URL('README.md', import.meta.url), 'utf8'));
    const blocks = doc.sections.flatMap((section) => section.blocks).filter((block) => block.attrs.file !== undefined);
    expect(blocks.map((block) => block.attrs.file)).toEqual(['json-file.ts', 'instead-of-base-class.ts']);
    for (const block of blocks) {
      // A region is shown dedented, as typedoc shows it: the file holds it at one indent for every line.
      const text = readFileSync(new URL(block.attrs.file ?? '', import.meta.url), 'utf8');
      const at = (n: number) => block.code.replace(/^(?=.)/gm, ' '.repeat(n));
      expect(
        [0, 2, 4, 6, 8].map((n) => text.includes(`${at(n)}\n`)),
        block.code,
      ).toContain(true);
    }
  });
});
