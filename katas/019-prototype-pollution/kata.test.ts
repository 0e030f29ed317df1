import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const attack = '{"__proto__":{"isAdmin":true}}';
const objectPrototypeOf = (fn: (saved: string) => unknown) =>
  Object.getPrototypeOf(Object.getPrototypeOf(fn)) as object;

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a saved "__proto__" key puts nothing on Object.prototype',
      'a "__proto__" key inside a section puts nothing on Object.prototype either',
      'a saved "__proto__" key does not become the prototype of the settings',
    ],
    'delete-top-level-proto': [
      'a "__proto__" key inside a section puts nothing on Object.prototype either',
      'a saved "__proto__" key does not become the prototype of the settings',
    ],
    'freeze-object-prototype': [
      'a saved "__proto__" key puts nothing on Object.prototype',
      'a "__proto__" key inside a section puts nothing on Object.prototype either',
      'a saved "__proto__" key does not become the prototype of the settings',
      'the rest of what was saved still loads beside a "__proto__" key',
    ],
    'object-assign': [
      'saved preferences override the defaults, at any depth',
      'a saved "__proto__" key does not become the prototype of the settings',
      'the rest of what was saved still loads beside a "__proto__" key',
    ],
    'own-keys-of-source': [
      'a saved "__proto__" key puts nothing on Object.prototype',
      'a "__proto__" key inside a section puts nothing on Object.prototype either',
      'a saved "__proto__" key does not become the prototype of the settings',
    ],
    'recurse-into-own-keys': ['a saved "__proto__" key does not become the prototype of the settings'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: one saved "__proto__" makes every object of the realm an admin, the next settings too', async () => {
      const { loadSettings } = await broken();
      const objectPrototype = objectPrototypeOf(loadSettings);
      expect(loadSettings(attack)).toEqual({
        theme: 'light',
        language: 'en',
        notifications: { email: true, push: false },
      });
      expect(Object.getOwnPropertyDescriptor(objectPrototype, 'isAdmin')).toEqual({
        value: true,
        writable: true,
        enumerable: true,
        configurable: true,
      });
      expect(loadSettings('{}').isAdmin).toBe(true);
      expect(Object.keys(loadSettings('{}'))).toEqual(['theme', 'language', 'notifications']);
    });

    it("broken: the code runs in a realm of its own, so the tests' Object.prototype stays clean", async () => {
      const { loadSettings } = await broken();
      loadSettings(attack);
      expect(objectPrototypeOf(loadSettings)).not.toBe(Object.prototype);
      expect('isAdmin' in {}).toBe(false);
    });

    it('broken: JSON.parse makes "__proto__" an own key, where an object literal sets the prototype', () => {
      const parsed = JSON.parse(attack) as object;
      expect(Object.keys(parsed)).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
      const literal = { __proto__: { isAdmin: true } };
      expect(Object.keys(literal)).toEqual([]);
      expect((literal as { isAdmin?: boolean }).isAdmin).toBe(true);
    });

    it('broken: wrong fix "recurse-into-own-keys" assigns target.__proto__, which swaps the settings\' prototype', async () => {
      const { loadSettings } = await wrongFix('recurse-into-own-keys')();
      const settings = loadSettings(attack);
      expect(settings.isAdmin).toBe(true);
      expect(Object.hasOwn(settings, 'isAdmin')).toBe(false);
      expect(Object.getPrototypeOf(Object.getPrototypeOf(settings))).toBe(objectPrototypeOf(loadSettings));
      expect(Object.hasOwn(objectPrototypeOf(loadSettings), 'isAdmin')).toBe(false);
    });

    it('broken: wrong fix "object-assign" replaces a section whole, and still sets the prototype', async () => {
      const { loadSettings } = await wrongFix('object-assign')();
      expect(loadSettings('{"notifications":{"push":true}}').notifications).toEqual({ push: true });
      expect(loadSettings(attack).isAdmin).toBe(true);
    });

    it('broken: wrong fix "freeze-object-prototype" makes the attack throw, and the user\'s settings with it', async () => {
      const { loadSettings } = await wrongFix('freeze-object-prototype')();
      expect(() => loadSettings(`{"theme":"dark",${attack.slice(1)}`)).toThrow(
        'Cannot add property isAdmin, object is not extensible',
      );
      expect(Object.isFrozen(objectPrototypeOf(loadSettings))).toBe(true);
    });

    it('fixed: the "__proto__" key is skipped at every depth, and nothing else changes', async () => {
      const { loadSettings } = await fixed();
      const settings = loadSettings('{"theme":"dark","__proto__":{"isAdmin":true},"notifications":{"__proto__":{}}}');
      expect(settings).toEqual({ theme: 'dark', language: 'en', notifications: { email: true, push: false } });
      expect([settings.isAdmin, loadSettings('{}').isAdmin]).toEqual([undefined, undefined]);
      expect(Object.hasOwn(objectPrototypeOf(loadSettings), 'isAdmin')).toBe(false);
    });
  },
);
