import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import type { RequestOptions } from './fixed.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'each call without tags starts from the default tags alone',
      'retry codes asked for by one call do not carry over to the next',
      'a token given to one call is never sent by a later one',
      'a caller may change the options it gets without changing the next call’s',
      'each client has its own plugins, starting from Client.defaultPlugins',
      'a push onto one client’s plugins array reaches no other client',
    ],
    'freeze-outer-only': [
      'retry codes asked for by one call do not carry over to the next',
      'a token given to one call is never sent by a later one',
      'a caller may change the options it gets without changing the next call’s',
    ],
    'copy-retry-on-only': [
      'a token given to one call is never sent by a later one',
      'a caller may change the options it gets without changing the next call’s',
    ],
    'copy-headers-only-for-a-token': ['a caller may change the options it gets without changing the next call’s'],
    'default-parameter-in-constructor': [
      'each client has its own plugins, starting from Client.defaultPlugins',
      'a push onto one client’s plugins array reaches no other client',
    ],
    'copy-plugins-on-use': ['a push onto one client’s plugins array reaches no other client'],
    'freeze-default-tags': ['each call without tags starts from the default tags alone'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: addTag, the word-for-word translation of the Python, gets a new [] on every call', async () => {
      const { addTag } = await broken();
      const first = addTag('a');
      const second = addTag('b');
      expect(first).toEqual(['a']);
      expect(second).toEqual(['b']);
      expect(second).not.toBe(first);
    });

    it('broken: the second routeTags call returns both routes, in the very array the first call returned', async () => {
      const { routeTags } = await broken();
      const first = routeTags('/users');
      const second = routeTags('/orders');
      expect(second).toEqual(['service:web', 'route:/users', 'route:/orders']);
      expect(second).toBe(first);
    });

    it('fixed: the default [...DEFAULT_TAGS] runs again on every call, so each call gets a new array', async () => {
      const { routeTags } = await fixed();
      const first = routeTags('/users');
      const second = routeTags('/orders');
      expect(second).toEqual(['service:web', 'route:/orders']);
      expect(second).not.toBe(first);
    });

    it('broken: a call without a token sends the token of the call before it', async () => {
      const { requestOptions } = await broken();
      requestOptions('s3cret');
      expect(requestOptions().headers).toEqual({ accept: 'application/json', authorization: 'Bearer s3cret' });
    });

    it('broken: retry codes pile up, one more 429 on every call', async () => {
      const { requestOptions } = await broken();
      requestOptions(undefined, [429]);
      expect(requestOptions(undefined, [429]).retryOn).toEqual([502, 503, 429, 429]);
    });

    it('broken: one client adds a plugin and every client, and Client.defaultPlugins itself, has it', async () => {
      const { Client } = await broken();
      const admin = new Client().use('auth');
      const plain = new Client();
      expect(plain.plugins).toEqual(['retry', 'auth']);
      expect(plain.plugins).toBe(admin.plugins);
      expect(plain.plugins).toBe(Client.defaultPlugins);
    });

    it('broken: Object.freeze on the defaults is one level deep, so the token still leaks', async () => {
      const { requestOptions } = await wrongFix('freeze-outer-only')();
      requestOptions('s3cret');
      expect(requestOptions().headers).toEqual({ accept: 'application/json', authorization: 'Bearer s3cret' });
    });

    it('broken: copying retryOn alone stops the retry codes piling up but still leaks the token', async () => {
      const { requestOptions } = await wrongFix('copy-retry-on-only')();
      requestOptions('s3cret', [429]);
      const next = requestOptions();
      expect(next.retryOn).toEqual([502, 503]);
      expect(next.headers).toEqual({ accept: 'application/json', authorization: 'Bearer s3cret' });
    });

    it('broken: a constructor default runs for each client, but hands each one the same static array', async () => {
      const { Client } = await wrongFix('default-parameter-in-constructor')();
      new Client().use('auth');
      expect(new Client().plugins).toEqual(['retry', 'auth']);
    });

    it('fixed: typed readonly string[], the shared tags cannot be the default of a string[] parameter (a compile error only: the array is not frozen)', () => {
      const DEFAULT_TAGS: readonly string[] = ['service:web'];
      function routeTags(
        route: string,
        // @ts-expect-error a readonly string[] is not assignable to string[], so the shared array cannot be handed out to push on
        tags: string[] = DEFAULT_TAGS,
      ): string[] {
        tags.push(`route:${route}`);
        return tags;
      }
      routeTags('/users');
      expect(DEFAULT_TAGS).toEqual(['service:web', 'route:/users']);
    });

    it('fixed: with readonly all the way down, both writes through the spread copy are compile errors', () => {
      const DEFAULT_OPTIONS: {
        readonly timeoutMs: number;
        readonly retryOn: readonly number[];
        readonly headers: Readonly<Record<string, string>>;
      } = { timeoutMs: 5000, retryOn: [502, 503], headers: { accept: 'application/json' } };
      const options = { ...DEFAULT_OPTIONS };
      // @ts-expect-error readonly number[] has no push, and the spread copied the reference with its type
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the compile error leaves push untyped
      options.retryOn.push(429);
      // @ts-expect-error a Readonly<Record<…>> index signature only permits reading
      options.headers.authorization = 'Bearer s3cret';
      expect(DEFAULT_OPTIONS).toEqual({
        timeoutMs: 5000,
        retryOn: [502, 503, 429],
        headers: { accept: 'application/json', authorization: 'Bearer s3cret' },
      });
    });

    it('broken: Readonly<RequestOptions> is one level deep, like the spread, so the nested write compiles and lands in the defaults', () => {
      const DEFAULT_OPTIONS: Readonly<RequestOptions> = {
        timeoutMs: 5000,
        retryOn: [502, 503],
        headers: { accept: 'application/json' },
      };
      const options = { ...DEFAULT_OPTIONS };
      options.headers.authorization = 'Bearer s3cret';
      expect(DEFAULT_OPTIONS.headers).toEqual({ accept: 'application/json', authorization: 'Bearer s3cret' });
    });

    it('fixed: with as const on the static, the push in use() is a compile error', () => {
      class Client {
        static readonly defaultPlugins = ['retry'] as const;
        readonly plugins = Client.defaultPlugins;

        use(plugin: string): this {
          // @ts-expect-error as const made the static a readonly tuple, which has no push
          // eslint-disable-next-line @typescript-eslint/no-unsafe-call -- the compile error leaves push untyped
          this.plugins.push(plugin);
          return this;
        }
      }
      new Client().use('auth');
      expect(Client.defaultPlugins).toEqual(['retry', 'auth']);
    });

    it('fixed: a default runs again when the argument is missing or undefined, not when it is null', async () => {
      const { addTag } = await fixed();
      expect(addTag('a', undefined)).toEqual(['a']);
      expect(addTag('b', undefined)).toEqual(['b']);
      expect(() => addTag('c', null as unknown as string[])).toThrow(TypeError);
    });

    it('fixed: structuredClone copies plain data all the way down, and nothing else faithfully (Node 20, 22, 24)', () => {
      class Point {
        constructor(readonly x: number) {}
        norm(): number {
          return Math.abs(this.x);
        }
      }
      const tag = Symbol('tag');
      const source = {
        nested: { list: [1, [2]] },
        point: new Point(3),
        [tag]: 'kept?',
        get computed(): number {
          return 4;
        },
      };
      const copy = structuredClone(source);
      expect(copy.nested).toEqual(source.nested);
      expect(copy.nested.list[1]).not.toBe(source.nested.list[1]);
      expect(Object.getPrototypeOf(copy.point)).toBe(Object.prototype);
      expect(copy.point).toEqual({ x: 3 });
      expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
      expect(Object.getOwnPropertyDescriptor(copy, 'computed')).toMatchObject({ value: 4, writable: true });
      expect(() => structuredClone({ run: () => 1 })).toThrow(expect.objectContaining({ name: 'DataCloneError' }));
    });
  },
);
