import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { parseDoc } from '#catalog/catalog.ts';
import {
  isPersister,
  JsonFilePersister,
  MemoryPersister,
  SqlitePersister,
  type Persister,
} from '../duck-typed-persister/index.ts';
import { createDynamicUser, forward, User, userOperations, type DynamicUser, type UserOperations } from './index.ts';
import * as insteadOf from './instead-of.ts';

const dirs: string[] = [];
const closers: (() => void)[] = [];

function tempPath(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'composition-'));
  dirs.push(dir);
  return join(dir, name);
}

afterEach(() => {
  for (const close of closers.splice(0)) close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The names a persister has beyond the three a User offers, and names a careless User might keep it under. */
const hidden = ['ids', 'clear', 'close', 'persister', '#persister', 'target', 'current'];

/** Throws unless nothing but get, save and delete of the persister can be reached through `user`. */
function expectOnlyTheChosenOperations(user: object): void {
  for (const name of hidden) {
    expect(name in user, `'${name}' in user`).toBe(false);
    expect(Reflect.get(user, name), `user.${name}`).toBeUndefined();
  }
  for (const key of Reflect.ownKeys(user)) {
    expect(isPersister(Reflect.get(user, key)), `own property ${String(key)}`).toBe(false);
  }
}

type AnyUser = UserOperations & { switchTo(persister: UserOperations): void };

const ways: readonly (readonly [string, (persister: UserOperations) => AnyUser])[] = [
  ['typed', (persister) => new User(persister)],
  ['dynamic', createDynamicUser],
];

describe('composition over inheritance', () => {
  it('instead-of: a User that extends the database offers every database method to every caller', () => {
    expectTypeOf<insteadOf.User>().toHaveProperty('clear');
    expectTypeOf<insteadOf.User>().toHaveProperty('ids');
    expectTypeOf<insteadOf.User>().toHaveProperty('close');
    const user = new insteadOf.User(tempPath('users.sqlite'));
    closers.push(() => user.close());
    user.save('ada', { name: 'Ada' }, 0);
    user.save('grace', { name: 'Grace' }, 0);
    expect(user.ids()).toEqual(['ada', 'grace']);
    user.clear();
    expect(user.ids()).toEqual([]);
  });

  it('instead-of: its storage is fixed by its class, so even a test of User needs a database file', () => {
    expect(Object.getPrototypeOf(insteadOf.User.prototype)).toBe(SqlitePersister.prototype);
    const path = tempPath('users.sqlite');
    const user = new insteadOf.User(path);
    closers.push(() => user.close());
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  it("instead-of: TypeScript's private is compile-time only, so user['persister'] reaches the whole persister", () => {
    const persister = new MemoryPersister();
    const user = new insteadOf.PeekableUser(persister);
    user.save('ada', 1, 0);
    user['persister'].clear();
    expect(persister.ids()).toEqual([]);
    expect(() => {
      expectOnlyTheChosenOperations(user);
    }).toThrow("'persister' in user");
  });

  for (const [way, make] of ways) {
    describe(`pattern: ${way} forwarding`, () => {
      it('get, save and delete go to the persister it was given', () => {
        const persister = new MemoryPersister();
        const user = make(persister);
        expect(user.save('ada', { name: 'Ada' }, 0)).toEqual({ id: 'ada', version: 1, value: { name: 'Ada' } });
        expect(persister.get('ada')).toEqual({ id: 'ada', version: 1, value: { name: 'Ada' } });
        persister.save('ada', { name: 'Ada Lovelace' }, 1);
        expect(user.get('ada').value).toEqual({ name: 'Ada Lovelace' });
        user.delete('ada', 2);
        expect(persister.ids()).toEqual([]);
      });

      it('switching the persister at runtime sends later writes elsewhere, with no change to User', () => {
        const memory = new MemoryPersister();
        const user = make(memory);
        user.save('ada', { name: 'Ada' }, 0);
        const file = tempPath('users.json');
        user.switchTo(new JsonFilePersister(file));
        user.save('grace', { name: 'Grace' }, 0);
        expect(memory.ids()).toEqual(['ada']);
        expect(new JsonFilePersister(file).ids()).toEqual(['grace']);
        expect(existsSync(file)).toBe(true);
      });

      it('errors of the persister reach the caller unchanged', () => {
        const user = make(new MemoryPersister());
        user.save('ada', 1, 0);
        expect(() => user.save('ada', 2, 0)).toThrow(
          'record "ada" already exists at version 1: pass that version to replace it',
        );
        expect(() => user.get('nobody')).toThrow('no record has the id "nobody"');
      });

      it('a method the User does not expose cannot be reached through it', () => {
        const persister = new MemoryPersister();
        const user = make(persister);
        user.save('ada', 1, 0);
        expect(() => {
          // @ts-expect-error clear() is not one of the operations a User offers
          // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the call the compiler refuses, made anyway
          user.clear();
        }).toThrow(TypeError);
        expectTypeOf(user).not.toHaveProperty('ids');
        expect(() => (user as unknown as Persister).ids()).toThrow(TypeError);
        expectOnlyTheChosenOperations(user);
        expect(persister.ids()).toEqual(['ada']);
      });
    });
  }

  it('pattern: the typed User is typed by a Pick of Persister, and has nothing more but switchTo', () => {
    expectTypeOf<UserOperations>().toEqualTypeOf<Pick<Persister, 'get' | 'save' | 'delete'>>();
    expectTypeOf<User>().toExtend<UserOperations>();
    expectTypeOf<keyof User>().toEqualTypeOf<'get' | 'save' | 'delete' | 'switchTo'>();
    expectTypeOf<keyof DynamicUser>().toEqualTypeOf<'get' | 'save' | 'delete' | 'switchTo'>();
  });

  it('pattern: the dynamic type is built from the list, so a name not on the persister does not compile', () => {
    const persister = new MemoryPersister();
    // @ts-expect-error 'sav' is not a method of MemoryPersister
    const typo = forward({}, () => persister, ['get', 'sav']);
    expect(Reflect.get(typo, 'sav')).toBeUndefined();
    expectTypeOf(forward({}, () => persister, ['ids'])).toEqualTypeOf<Readonly<Pick<MemoryPersister, 'ids'>>>();
    expect(userOperations).toEqual(['get', 'save', 'delete']);
    const own = { switchTo: (next: UserOperations) => next };
    expectTypeOf(new Proxy(own, {})).toEqualTypeOf<typeof own>();
  });

  it('pattern: the dynamic user refuses writes, so a forwarded name cannot be replaced', () => {
    const user = createDynamicUser(new MemoryPersister());
    expect(() => {
      // @ts-expect-error save is read-only on a DynamicUser
      user.save = () => ({ id: 'x', version: 1, value: null });
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(user, 'clear', { value: () => undefined })).toThrow(TypeError);
    expectOnlyTheChosenOperations(user);
  });

  it('pattern: forward refuses a name the wrapper already has', () => {
    expect(() => forward({ save: () => 'own' }, () => new MemoryPersister(), ['save'])).toThrow(
      "'save' is a member of the wrapper itself, so it cannot also be forwarded",
    );
  });

  it('pattern: the dynamic user surprises: forwarded names answer `in` but not Object.keys, and each read makes a new function', () => {
    const user = createDynamicUser(new MemoryPersister());
    expect('save' in user).toBe(true);
    expect(Object.keys(user)).toEqual(['switchTo']);
    expect(Object.keys({ ...user })).toEqual(['switchTo']);
    expect(Reflect.get(user, 'save')).not.toBe(Reflect.get(user, 'save'));
    const typed = new User(new MemoryPersister());
    expect(Reflect.get(typed, 'save')).toBe(Reflect.get(typed, 'save'));
  });
});

describe('composition over inheritance: the README', () => {
  it('shows each code block exactly as it is in the file it names', () => {
    const doc = parseDoc(readFileSync(new URL('README.md', import.meta.url), 'utf8'));
    const blocks = doc.sections.flatMap((section) => section.blocks).filter((block) => block.attrs.file !== undefined);
    expect(blocks.length).toBeGreaterThan(0);
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
