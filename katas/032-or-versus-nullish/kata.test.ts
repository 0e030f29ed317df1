import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'port 0 is kept, so the system picks a free port',
      'retries 0 is kept, so a failed call is not tried again',
      'an empty base path is kept, so the API is served at the root',
    ],
    'merge-into-defaults': [
      'a setting the file leaves out gets its default',
      'a setting the file gives as null, an empty YAML value, gets its default',
      'a setting the server does not know is left out of the config',
      'each load starts from the defaults, and leaves the file as it was',
    ],
    'numbers-only': ['an empty base path is kept, so the API is served at the root'],
    'object-assign': [
      'a setting the file gives as null, an empty YAML value, gets its default',
      'a setting the server does not know is left out of the config',
    ],
    'port-only': [
      'retries 0 is kept, so a failed call is not tried again',
      'an empty base path is kept, so the API is served at the root',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: || replaces every falsy setting, 0 and the empty string as well as a missing one', async () => {
      const { loadConfig } = await broken();
      expect(loadConfig({ port: 0, retries: 0, basePath: '' })).toEqual({ port: 3000, retries: 3, basePath: '/api' });
      expect(loadConfig({ port: null })).toEqual({ port: 3000, retries: 3, basePath: '/api' });
      const falsy: (number | string | boolean)[] = [0, '', NaN, false];
      expect(falsy.map((setting) => setting || 'default')).toEqual(['default', 'default', 'default', 'default']);
    });

    it('broken: ?? replaces only null and undefined', () => {
      const settings: (number | string | boolean | null | undefined)[] = [0, '', NaN, false, null, undefined];
      expect(settings.map((setting) => setting ?? 'default')).toEqual([0, '', NaN, false, 'default', 'default']);
    });

    it('broken: wrong fix "object-assign" copies a null over the default, and every unknown setting along', async () => {
      const { loadConfig } = await wrongFix('object-assign')();
      expect(loadConfig({ port: null })).toEqual({ port: null, retries: 3, basePath: '/api' });
      const file = { port: 0, logLevel: 'debug' };
      expect(loadConfig(file)).toEqual({ port: 0, retries: 3, basePath: '/api', logLevel: 'debug' });
    });

    it('broken: wrong fix "merge-into-defaults" writes each file into the defaults, so the next load inherits it', async () => {
      const { loadConfig } = await wrongFix('merge-into-defaults')();
      loadConfig({ port: 8080 });
      expect(loadConfig({})).toEqual({ port: 8080, retries: 3, basePath: '/api' });
    });

    it('fixed: ?? keeps 0 and the empty string, and replaces a missing or null setting', async () => {
      const { loadConfig } = await fixed();
      expect(loadConfig({ port: 0, retries: 0, basePath: '' })).toEqual({ port: 0, retries: 0, basePath: '' });
      expect(loadConfig({ port: null, basePath: undefined })).toEqual({ port: 3000, retries: 3, basePath: '/api' });
    });
  },
);
