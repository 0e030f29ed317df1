import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const returned = 'stored settings are returned as they are';
const fallsBack = 'a failed read falls back to the defaults';
const releasedAfter = 'the connection goes back to the pool once, after the work has finished';
const releasedOnFailure = 'a failure of the work reaches the caller, and the connection still goes back once';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [returned, fallsBack, releasedAfter, releasedOnFailure],
    'await-only-in-load-settings': [returned, releasedAfter, releasedOnFailure],
    'await-only-in-with-connection': [fallsBack],
    'release-in-both': [returned, releasedAfter, releasedOnFailure],
    'release-in-catch': [returned, releasedAfter],
    'release-in-then': [releasedOnFailure],
  },
  ({ broken, fixed }) => {
    it('broken: the rejection escapes the catch, so loadSettings rejects instead of returning the defaults', async () => {
      const { loadSettings } = await broken();
      const refused = new Error('the settings of bob could not be read');
      const pool = { acquire: () => ({ readSettings: () => Promise.reject(refused) }), release: () => undefined };
      await expect(loadSettings(pool, 'bob')).rejects.toBe(refused);
    });

    it('broken: the finally releases the connection while the read is still in flight', async () => {
      const { withConnection } = await broken();
      const log: string[] = [];
      const pool = {
        acquire: () => ({ readSettings: () => Promise.reject(new Error('unused')) }),
        release: () => log.push('release'),
      };
      const done = withConnection(pool, async () => {
        log.push('work started');
        await Promise.resolve();
        log.push('work done');
      });
      expect(log).toEqual(['work started', 'release']);
      await done;
      expect(log).toEqual(['work started', 'release', 'work done']);
    });

    it('fixed: return await keeps the try open until the promise settles, so the catch and the finally see it', async () => {
      const { loadSettings } = await fixed();
      const log: string[] = [];
      const pool = {
        acquire: () => ({ readSettings: () => Promise.reject(new Error('the settings of bob could not be read')) }),
        release: () => log.push('release'),
      };
      await expect(loadSettings(pool, 'bob')).resolves.toEqual({ theme: 'light', pageSize: 20 });
      expect(log).toEqual(['release']);
    });
  },
);
