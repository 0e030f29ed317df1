import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const defaults: Kata.ServerConfig = { port: 3000, retries: 3, basePath: '/api' };

function loads(loadConfig: typeof Kata.loadConfig, file: Kata.ConfigFile, expected: Kata.ServerConfig): void {
  const config = loadConfig(file);
  assert.deepEqual(
    config,
    expected,
    `the file ${JSON.stringify(file)} gave ${JSON.stringify(config)}, not ${JSON.stringify(expected)}`,
  );
}

export default defineSpec<typeof Kata>()({
  'a setting the file leaves out gets its default': ({ loadConfig }) => {
    loads(loadConfig, {}, defaults);
    loads(loadConfig, { port: 8080 }, { ...defaults, port: 8080 });
    loads(loadConfig, { retries: 5, basePath: '/v2' }, { port: 3000, retries: 5, basePath: '/v2' });
  },
  'a setting the file gives as null, an empty YAML value, gets its default': ({ loadConfig }) => {
    loads(loadConfig, { port: null, retries: null, basePath: null }, defaults);
    loads(loadConfig, { port: 8443, retries: null, basePath: '/v1' }, { port: 8443, retries: 3, basePath: '/v1' });
  },
  'port 0 is kept, so the system picks a free port': ({ loadConfig }) => {
    loads(loadConfig, { port: 0 }, { ...defaults, port: 0 });
    loads(loadConfig, { port: 0, retries: 1, basePath: '/v1' }, { port: 0, retries: 1, basePath: '/v1' });
  },
  'retries 0 is kept, so a failed call is not tried again': ({ loadConfig }) => {
    loads(loadConfig, { retries: 0 }, { ...defaults, retries: 0 });
    loads(loadConfig, { port: 8080, retries: 0, basePath: '/v1' }, { port: 8080, retries: 0, basePath: '/v1' });
  },
  'an empty base path is kept, so the API is served at the root': ({ loadConfig }) => {
    loads(loadConfig, { basePath: '' }, { ...defaults, basePath: '' });
    loads(loadConfig, { port: 8080, retries: 1, basePath: '' }, { port: 8080, retries: 1, basePath: '' });
  },
  'a setting the server does not know is left out of the config': ({ loadConfig }) => {
    const file = { port: 8080, retries: 5, basePath: '/v2', logLevel: 'debug' };
    const config = loadConfig(file);
    assert.deepEqual(
      Object.keys(config).sort(),
      ['basePath', 'port', 'retries'],
      `the config has the settings ${Object.keys(config).join(', ')}, not port, retries and basePath`,
    );
  },
  'each load starts from the defaults, and leaves the file as it was': ({ loadConfig }) => {
    const file = { port: 8080, retries: 5, basePath: '/v2' };
    loads(loadConfig, file, file);
    assert.deepEqual(file, { port: 8080, retries: 5, basePath: '/v2' }, 'loading changed the file');
    loads(loadConfig, {}, defaults);
  },
});
