import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const baseUrl = 'https://billing.example';

function refuses(clientConfig: typeof Kata.clientConfig, options: Kata.ClientOptions, names: string[]): void {
  assert.throws(
    () => clientConfig(options),
    (error: unknown) => {
      assert.ok(error instanceof Error, `${JSON.stringify(options)} threw ${String(error)}, which is not an Error`);
      for (const name of names) {
        assert.match(error.message, new RegExp(`\\b${name}\\b`), `the error "${error.message}" does not name ${name}`);
      }
      return true;
    },
    `${JSON.stringify(options)} was accepted, though ${names.join(' and ')} is no client option`,
  );
}

export default defineSpec<typeof Kata>()({
  'the options given are used, and each one left out gets its default': ({ clientConfig }) => {
    assert.deepEqual(clientConfig({ baseUrl }), { baseUrl, timeoutMs: 10_000, retries: 2 });
    const options = { baseUrl, timeoutMs: 2_000, retries: 5 };
    assert.deepEqual(clientConfig(options), options, 'the options given were not used');
    assert.deepEqual(clientConfig({ baseUrl, timeoutMs: 0, retries: 0 }), { baseUrl, timeoutMs: 0, retries: 0 });
    assert.deepEqual(
      clientConfig({ baseUrl, timeoutMs: undefined }),
      { baseUrl, timeoutMs: 10_000, retries: 2 },
      'an option given as undefined must get its default, not be refused',
    );
  },
  'a misspelt option passed in a variable is refused, and the error names it': ({ clientConfig }) => {
    const options = { baseUrl, timeout: 2_000 };
    refuses(clientConfig, options, ['timeout']);
  },
  'an option misspelt in a spread, or in a JSON file, is refused too': ({ clientConfig }) => {
    const shared = { retry: 3 };
    refuses(clientConfig, { baseUrl, ...shared }, ['retry']);
    refuses(clientConfig, JSON.parse(`{ "baseURL": "${baseUrl}", "timeoutMs": 500 }`) as Kata.ClientOptions, [
      'baseURL',
    ]);
    refuses(clientConfig, JSON.parse(`{ "baseUrl": "${baseUrl}", "retires": 0 }`) as Kata.ClientOptions, ['retires']);
  },
  'every unknown option is named in the error': ({ clientConfig }) => {
    const options = { baseUrl, timeout: 2_000, retry: 1 };
    refuses(clientConfig, options, ['timeout', 'retry']);
  },
});
