import assert from 'node:assert/strict';
import {
  ConflictError,
  InvalidArgumentError,
  NotFoundError,
  NotSerialisableError,
  type Json,
  type Persister,
} from './persister.ts';

/** One fresh, empty store, as a contract check sees it. */
export interface ContractStore {
  /**
   * Opens a persister on this store. Each call may return a new handle on the
   * same data, as a second process would have; the in-memory store returns its one instance.
   * @returns A persister on the store.
   */
  open(): Persister;
}

/** One behaviour every persister owes; it throws when the behaviour is missing. */
export type ContractCheck = (store: ContractStore) => void;

function throwsWith<E extends Error>(
  action: () => unknown,
  type: new (...args: never[]) => E,
  fields: Partial<E> = {},
): void {
  assert.throws(action, (error: unknown) => {
    assert.ok(error instanceof type, `expected a ${type.name}, got ${String(error)}`);
    for (const [key, value] of Object.entries(fields))
      assert.deepEqual(error[key as keyof E], value, `${type.name}.${key}`);
    return true;
  });
}

const notJson: readonly (readonly [string, unknown, string])[] = [
  ['a function', { name: 'Ada', greet: () => 'hi' }, 'value.greet'],
  ['undefined', { name: 'Ada', email: undefined }, 'value.email'],
  ['NaN', { score: Number.NaN }, 'value.score'],
  ['Infinity', [1, Number.POSITIVE_INFINITY], 'value[1]'],
  ['-0', { balance: -0 }, 'value.balance'],
  ['a bigint', { big: 10n }, 'value.big'],
  ['a symbol', { tag: Symbol('x') }, 'value.tag'],
  ['a Date', { born: new Date(0) }, 'value.born'],
  ['a Map', { roles: new Map([['admin', true]]) }, 'value.roles'],
  ['a class instance', { when: new URL('https://example.org') }, 'value.when'],
  ['a hole in an array', { tags: Object.assign(new Array<number>(3), { 0: 1, 2: 3 }) }, 'value.tags[1]'],
  ['a symbol key', { [Symbol('k')]: 1 }, 'value'],
  ['a named property of an array', { tags: Object.assign(['a', 'b'], { note: 'x' }) }, 'value.tags.note'],
  ['a non-enumerable property', Object.defineProperty({ name: 'Ada' }, 'secret', { value: 1 }), 'value.secret'],
  ['a nested odd key', { 'first name': { x: undefined } }, 'value["first name"].x'],
];

const awkward: Json = {
  text: 'naïve café, 日本語, 😀, "quotes", back\\slash, new\nline',
  numbers: [0, -1, 1.5, 1e21, Number.MAX_SAFE_INTEGER],
  empty: { list: [], object: {}, text: '' },
  flags: [true, false, null],
  ['__proto__']: 'an own key named __proto__, not a prototype',
};

/**
 * The persister contract, written once: each entry is a named behaviour that
 * any {@link Persister} must show. Run every check against a fresh store for
 * each implementation.
 */
export const persisterContract: Readonly<Record<string, ContractCheck>> = {
  'a new record is saved at version 1 and read back equal': (store) => {
    const p = store.open();
    const saved = p.save('ada', { name: 'Ada', langs: ['en', 'fr'] }, 0);
    assert.deepEqual(saved, { id: 'ada', version: 1, value: { name: 'Ada', langs: ['en', 'fr'] } });
    assert.deepEqual(p.get('ada'), saved);
  },

  'every save moves the version on by one': (store) => {
    const p = store.open();
    assert.equal(p.save('n', 1, 0).version, 1);
    assert.equal(p.save('n', 2, 1).version, 2);
    assert.equal(p.save('n', 3, 2).version, 3);
    assert.deepEqual(p.get('n'), { id: 'n', version: 3, value: 3 });
  },

  'what one handle saves, another handle on the same store reads': (store) => {
    const writer = store.open();
    writer.save('ada', { name: 'Ada' }, 0);
    const reader = store.open();
    assert.deepEqual(reader.get('ada'), { id: 'ada', version: 1, value: { name: 'Ada' } });
    reader.save('ada', { name: 'Ada Lovelace' }, 1);
    assert.deepEqual(writer.get('ada').value, { name: 'Ada Lovelace' });
  },

  'a read is a copy: changing it, or the object that was saved, changes nothing stored': (store) => {
    const p = store.open();
    const input = { tags: ['a'] };
    const saved = p.save('k', input, 0);
    input.tags.push('changed after save');
    (saved.value as { tags: string[] }).tags.push('changed the returned copy');
    (p.get('k').value as { tags: string[] }).tags.push('changed a read');
    assert.deepEqual(p.get('k').value, { tags: ['a'] });
  },

  'an unknown id is a NotFoundError for get and delete': (store) => {
    const p = store.open();
    throwsWith(() => p.get('nobody'), NotFoundError, { id: 'nobody', message: 'no record has the id "nobody"' });
    throwsWith(() => p.delete('nobody', 1), NotFoundError, { id: 'nobody' });
  },

  'a deleted record is gone and ids() no longer lists it': (store) => {
    const p = store.open();
    p.save('a', 1, 0);
    p.save('b', 2, 0);
    p.delete('a', 1);
    throwsWith(() => p.get('a'), NotFoundError, { id: 'a' });
    assert.deepEqual(p.ids(), ['b']);
    assert.equal(p.save('a', 'again', 0).version, 1);
  },

  'creating a record whose id is taken is a ConflictError, and the first stays': (store) => {
    const p = store.open();
    p.save('ada', 'first', 0);
    throwsWith(() => p.save('ada', 'second', 0), ConflictError, { id: 'ada', expectedVersion: 0, actualVersion: 1 });
    assert.deepEqual(p.get('ada'), { id: 'ada', version: 1, value: 'first' });
  },

  'of two writers racing from one version, the loser gets a ConflictError and the winner stays': (store) => {
    const first = store.open();
    first.save('count', 10, 0);
    const second = store.open();
    const readByFirst = first.get('count');
    const readBySecond = second.get('count');
    first.save('count', (readByFirst.value as number) + 1, readByFirst.version);
    throwsWith(() => second.save('count', (readBySecond.value as number) + 5, readBySecond.version), ConflictError, {
      id: 'count',
      expectedVersion: 1,
      actualVersion: 2,
      message: 'record "count" is at version 2, not 1: read it again and retry',
    });
    assert.deepEqual(second.get('count'), { id: 'count', version: 2, value: 11 });
  },

  'deleting with a stale version is a ConflictError and keeps the record': (store) => {
    const p = store.open();
    p.save('k', 'v1', 0);
    p.save('k', 'v2', 1);
    throwsWith(() => p.delete('k', 1), ConflictError, { expectedVersion: 1, actualVersion: 2 });
    assert.deepEqual(p.get('k'), { id: 'k', version: 2, value: 'v2' });
  },

  'saving over a record deleted since it was read is a ConflictError': (store) => {
    const p = store.open();
    const read = p.save('k', 'v1', 0);
    store.open().delete('k', 1);
    throwsWith(() => p.save('k', 'edited', read.version), ConflictError, { expectedVersion: 1, actualVersion: 0 });
    throwsWith(() => p.get('k'), NotFoundError);
  },

  'a value JSON would change or drop is a NotSerialisableError naming where, and nothing is stored': (store) => {
    const p = store.open();
    p.save('kept', { ok: true }, 0);
    for (const [what, value, path] of notJson) {
      throwsWith(() => p.save('new', value as Json, 0), NotSerialisableError, { path });
      throwsWith(() => p.save('kept', value as Json, 1), NotSerialisableError, { path });
      assert.deepEqual(p.ids(), ['kept'], `after trying to save ${what}`);
    }
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    throwsWith(() => p.save('new', cycle as Json, 0), NotSerialisableError, { path: 'value.self' });
    assert.deepEqual(p.get('kept'), { id: 'kept', version: 1, value: { ok: true } });
  },

  'awkward JSON and awkward ids come back exactly': (store) => {
    const p = store.open();
    const ids = ['__proto__', 'constructor', 'toString', 'a/b/../c', ' spaced ', '😀', '\uffff', 'Z', 'a'];
    for (const id of ids) p.save(id, awkward, 0);
    for (const id of ids) assert.deepEqual(p.get(id), { id, version: 1, value: awkward }, `id ${JSON.stringify(id)}`);
    assert.deepEqual(store.open().ids(), [...ids].sort());
  },

  'a bad id or version is an InvalidArgumentError, before anything is written': (store) => {
    const p = store.open();
    throwsWith(() => p.save('', 1, 0), InvalidArgumentError);
    throwsWith(() => p.get(42 as unknown as string), InvalidArgumentError);
    throwsWith(() => p.save('k', 1, -1), InvalidArgumentError);
    throwsWith(() => p.save('k', 1, 0.5), InvalidArgumentError);
    throwsWith(() => p.delete('k', Number.NaN), InvalidArgumentError);
    assert.deepEqual(p.ids(), []);
  },

  'ids() lists every id in order, and clear() removes them all': (store) => {
    const p = store.open();
    assert.deepEqual(p.ids(), []);
    for (const id of ['b', 'c', 'a']) p.save(id, id, 0);
    assert.deepEqual(p.ids(), ['a', 'b', 'c']);
    p.clear();
    assert.deepEqual(store.open().ids(), []);
    throwsWith(() => p.get('a'), NotFoundError);
  },
};
