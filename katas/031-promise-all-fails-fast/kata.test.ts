import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

// Two sends fail: Promise.all rejects with the first reason, and the second rejection is handled by Promise.all itself.
const twoFailures = `
process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));
const fail = (message) => Promise.reject(new Error(message));
Promise.all([fail('first'), fail('second')]).catch((error) => console.log('caught:', error.message));
setImmediate(() => console.log('done'));
`;

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a failed send is reported failed, and the sends that succeed after it are reported sent',
      'the report waits for every send, so a failure after the first is reported too',
    ],
    'catch-each-send': [
      'a failed send is reported failed, and the sends that succeed after it are reported sent',
      'the report waits for every send, so a failure after the first is reported too',
    ],
    'first-failure-only': ['the report waits for every send, so a failure after the first is reported too'],
    'one-at-a-time': ['every recipient is sent the invoice at once, before any send finishes'],
    'wait-for-the-rest': [
      'a failed send is reported failed, and the sends that succeed after it are reported sent',
      'the report waits for every send, so a failure after the first is reported too',
    ],
  },
  ({ broken, fixed }) => {
    it('broken: the first failure rejects Promise.all at once, and the other sends still land afterwards', async () => {
      const { emailInvoice } = await broken();
      const delivered: string[] = [];
      const send = async (to: string) => {
        if (to === 'ben') throw new Error('no mail server');
        await nextTurn();
        delivered.push(to);
      };
      expect(await emailInvoice(['ana', 'ben', 'cy'], send)).toEqual({ sent: [], failed: ['ana', 'ben', 'cy'] });
      expect(delivered).toEqual([]);
      await nextTurn();
      expect(delivered).toEqual(['ana', 'cy']);
    });

    it('broken: a rejection after the first is swallowed by Promise.all, not reported as unhandled', async () => {
      const run = await promisify(execFile)(process.execPath, ['-e', twoFailures], { encoding: 'utf8' });
      expect(run).toEqual({ stdout: 'caught: first\ndone\n', stderr: '' });
    });

    it('fixed: allSettled waits for every send and reports each by its own outcome', async () => {
      const { emailInvoice } = await fixed();
      const send = async (to: string) => {
        await nextTurn();
        if (to === 'ben') throw new Error('no mail server');
      };
      expect(await emailInvoice(['ana', 'ben', 'cy'], send)).toEqual({ sent: ['ana', 'cy'], failed: ['ben'] });
      expect(await emailInvoice([], send)).toEqual({ sent: [], failed: [] });
    });
  },
);
