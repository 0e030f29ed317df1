import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';
import type { ClientOptions } from './fixed.ts';

const baseUrl = 'https://billing.example';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a misspelt option passed in a variable is refused, and the error names it',
      'an option misspelt in a spread, or in a JSON file, is refused too',
      'every unknown option is named in the error',
    ],
    'exact-type': [
      'a misspelt option passed in a variable is refused, and the error names it',
      'an option misspelt in a spread, or in a JSON file, is refused too',
      'every unknown option is named in the error',
    ],
    'keys-of-defaults': ['the options given are used, and each one left out gets its default'],
    'refuse-one-typo': [
      'an option misspelt in a spread, or in a JSON file, is refused too',
      'every unknown option is named in the error',
    ],
    'warn-and-carry-on': [
      'a misspelt option passed in a variable is refused, and the error names it',
      'an option misspelt in a spread, or in a JSON file, is refused too',
      'every unknown option is named in the error',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: a misspelt option is a compile error in a fresh object literal, and nowhere else', async () => {
      const { clientConfig } = await broken();
      // @ts-expect-error TS2561: a fresh object literal may only specify known properties ("did you mean timeoutMs?")
      expect(clientConfig({ baseUrl, timeout: 2_000 }).timeoutMs).toBe(10_000);

      const inAVariable = { baseUrl, timeout: 2_000 };
      expectTypeOf(inAVariable).toExtend<ClientOptions>();
      expect(clientConfig(inAVariable).timeoutMs).toBe(10_000);

      const shared = { timeout: 2_000 };
      expect(clientConfig({ baseUrl, ...shared, retries: 0 })).toEqual({ baseUrl, timeoutMs: 10_000, retries: 0 });
      // @ts-expect-error TS2353: a property written out after the spread is still checked
      expect(clientConfig({ ...shared, baseUrl, retry: 0 }).retries).toBe(2);
    });

    it('broken: satisfies and a type annotation check the variable where it is written', () => {
      // @ts-expect-error TS2561: satisfies checks the literal against the type, and keeps the literal's own type
      const checked = { baseUrl, timeout: 2_000 } satisfies ClientOptions;
      // @ts-expect-error TS2561: so does an annotation
      const annotated: ClientOptions = { baseUrl, timeout: 2_000 };
      expect([checked, annotated]).toHaveLength(2);
    });

    it('broken: wrong fix "exact-type" refuses a variable at compile time, and a JSON file not at all', async () => {
      const { clientConfig } = await wrongFix('exact-type')();
      const exact = clientConfig as <T extends ClientOptions>(
        options: T & Record<Exclude<keyof T, keyof ClientOptions>, never>,
      ) => unknown;
      const inAVariable = { baseUrl, timeout: 2_000 };
      // @ts-expect-error TS2345: timeout must be never, and 2000 is not
      expect(() => exact(inAVariable)).not.toThrow();
      const fromFile = JSON.parse('{ "baseUrl": "https://billing.example", "timeout": 2000 }') as ClientOptions;
      expect(() => exact(fromFile)).not.toThrow();
    });

    it('fixed: an unknown option is refused at run time, however it arrives', async () => {
      const { clientConfig } = await fixed();
      const options = { baseUrl, timeout: 2_000, retries: 0 };
      expect(() => clientConfig(options)).toThrow(new TypeError('unknown client options: timeout'));
      expect(clientConfig({ baseUrl, timeoutMs: 2_000 })).toEqual({ baseUrl, timeoutMs: 2_000, retries: 2 });
    });
  },
);
