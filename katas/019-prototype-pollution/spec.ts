import assert from 'node:assert/strict';
import { defineSpec, type Check } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Kata = typeof Kata;

/** The Object.prototype of the realm a function was made in: its prototype chain, Function.prototype's, ends there. */
const objectPrototypeOf = (fn: Kata['loadSettings']) => Object.getPrototypeOf(Object.getPrototypeOf(fn)) as object;

/** What a check can see of the code's Object.prototype: the keys added to it since the check began. */
type Added = () => string[];

/**
 * The kata's code runs in a realm of its own (`realm: 'own'`), so nothing it does to Object.prototype reaches the
 * tests. A runner that has no such realm, such as the trainer's, shares Object.prototype with the checks: this puts
 * back whatever a check left on the code's Object.prototype, so one check's pollution never decides the next.
 */
function restoring(check: (kata: Kata, added: Added) => void): Check<Kata> {
  return (kata) => {
    const objectPrototype = objectPrototypeOf(kata.loadSettings);
    const before = Object.getOwnPropertyDescriptors(objectPrototype);
    const added = () =>
      Reflect.ownKeys(objectPrototype)
        .filter((key) => !Object.hasOwn(before, key))
        .map(String);
    try {
      check(kata, added);
    } finally {
      for (const key of Reflect.ownKeys(objectPrototype)) {
        if (!Object.hasOwn(before, key)) Reflect.deleteProperty(objectPrototype, key);
      }
      Object.defineProperties(objectPrototype, before);
    }
  };
}

/** The value as JSON gives it back in this realm: the code's objects come from its own realm, or have no prototype. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const defaults = { theme: 'light', language: 'en', notifications: { email: true, push: false } };

function assertNoPollution(added: Added, saved: string): void {
  const keys = added();
  assert.deepEqual(keys, [], `loading ${saved} put ${keys.join(', ')} on Object.prototype, so every object now has it`);
}

export default defineSpec<Kata>({ realm: 'own' })({
  'saved preferences override the defaults, at any depth': restoring(({ loadSettings }) => {
    assert.deepEqual(plain(loadSettings('{}')), defaults, 'with nothing saved, the settings are the defaults');
    const saved = '{"theme":"dark","notifications":{"push":true},"layout":{"sidebar":"left"},"shortcuts":["g i"]}';
    assert.deepEqual(plain(loadSettings(saved)), {
      theme: 'dark',
      language: 'en',
      notifications: { email: true, push: true },
      layout: { sidebar: 'left' },
      shortcuts: ['g i'],
    });
    assert.deepEqual(
      plain(loadSettings('{"notifications":null,"language":null}')),
      { theme: 'light', language: null, notifications: null },
      'a section saved as null replaces the default section',
    );
    assert.deepEqual(plain(loadSettings('{}')), defaults, 'a second load starts from the defaults again');
  }),
  'a saved "__proto__" key puts nothing on Object.prototype': restoring(({ loadSettings }, added) => {
    const saved = '{"__proto__":{"isAdmin":true}}';
    loadSettings(saved);
    assertNoPollution(added, saved);
  }),
  'a "__proto__" key inside a section puts nothing on Object.prototype either': restoring(({ loadSettings }, added) => {
    for (const saved of [
      '{"notifications":{"__proto__":{"isAdmin":true}}}',
      '{"layout":{"__proto__":{"isAdmin":true}}}',
      '{"theme":"dark","notifications":{"push":true,"__proto__":{"isAdmin":true}}}',
    ]) {
      loadSettings(saved);
      assertNoPollution(added, saved);
    }
  }),
  'a saved "__proto__" key does not become the prototype of the settings': restoring(({ loadSettings }) => {
    const settings = loadSettings('{"__proto__":{"isAdmin":true},"notifications":{"__proto__":{"isAdmin":true}}}');
    assert.notEqual(settings.isAdmin, true, 'the settings say isAdmin, from the prototype the saved JSON gave them');
    const notifications = settings.notifications as Kata.Settings;
    assert.notEqual(notifications.isAdmin, true, 'the notifications section says isAdmin, from its new prototype');
  }),
  'the rest of what was saved still loads beside a "__proto__" key': restoring(({ loadSettings }) => {
    const settings = loadSettings('{"theme":"dark","__proto__":{"isAdmin":true},"notifications":{"push":true}}');
    const { theme, language, notifications } = settings;
    assert.deepEqual(plain({ theme, language, notifications }), {
      theme: 'dark',
      language: 'en',
      notifications: { email: true, push: true },
    });
  }),
});
