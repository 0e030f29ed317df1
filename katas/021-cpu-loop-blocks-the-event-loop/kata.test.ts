import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const accounts = Array.from({ length: 1000 }, (_, i) => i + 1);

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a heartbeat on the event loop runs while the accounts are being billed',
      'no more than 100 accounts are billed between two turns of the event loop',
    ],
    'await-a-resolved-promise': [
      'a heartbeat on the event loop runs while the accounts are being billed',
      'no more than 100 accounts are billed between two turns of the event loop',
    ],
    'next-tick': [
      'a heartbeat on the event loop runs while the accounts are being billed',
      'no more than 100 accounts are billed between two turns of the event loop',
    ],
    'yield-once-before-the-loop': [
      'a heartbeat on the event loop runs while the accounts are being billed',
      'no more than 100 accounts are billed between two turns of the event loop',
    ],
    'async-callback-per-account': [
      'a heartbeat on the event loop runs while the accounts are being billed',
      'no more than 100 accounts are billed between two turns of the event loop',
      'a bill that throws rejects the call with its error, and no later account is billed',
    ],
    'chunks-all-at-once': [
      'a heartbeat on the event loop runs while the accounts are being billed',
      'no more than 100 accounts are billed between two turns of the event loop',
      'a bill that throws rejects the call with its error, and no later account is billed',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: every account is billed before the call even returns its promise', async () => {
      const { buildInvoices } = await broken();
      let billed = 0;
      const invoices = buildInvoices(accounts, () => (billed += 1));
      expect(billed).toBe(1000);
      await expect(invoices).resolves.toHaveLength(1000);
    });

    it('broken: a timer due at once fires only after the last account', async () => {
      const { buildInvoices } = await broken();
      const order: string[] = [];
      const fired = new Promise<void>((resolve) =>
        setTimeout(() => {
          order.push('timer');
          resolve();
        }, 0),
      );
      await buildInvoices(accounts, (account) => {
        if (account % 250 === 0) order.push(`billed ${account}`);
      });
      await fired;
      expect(order).toEqual(['billed 250', 'billed 500', 'billed 750', 'billed 1000', 'timer']);
    });

    it('broken: wrong fix "await-a-resolved-promise" pauses, but for microtasks only', async () => {
      const { buildInvoices } = await wrongFix('await-a-resolved-promise')();
      let billed = 0;
      let microtaskSaw = -1;
      let immediateSaw = -1;
      queueMicrotask(() => (microtaskSaw = billed));
      setImmediate(() => (immediateSaw = billed));
      await buildInvoices(accounts, () => (billed += 1));
      expect(microtaskSaw).toBe(100);
      await new Promise((resolve) => setImmediate(resolve));
      expect(immediateSaw).toBe(1000);
    });

    it('fixed: the first 100 accounts are billed at once, and the rest after other callbacks had their turns', async () => {
      const { buildInvoices } = await fixed();
      let billed = 0;
      const seen: number[] = [];
      const beat = () => {
        seen.push(billed);
        if (billed < 1000) setImmediate(beat);
      };
      setImmediate(beat);
      const invoices = buildInvoices(accounts, () => (billed += 1));
      expect(billed).toBe(100);
      await invoices;
      expect(seen).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    });
  },
);
