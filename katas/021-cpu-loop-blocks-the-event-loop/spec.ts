import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

interface Account {
  readonly id: number;
  readonly cents: number;
}

const accounts = (count: number): Account[] => Array.from({ length: count }, (_, i) => ({ id: i + 1, cents: 100 + i }));

/**
 * Runs buildInvoices while a heartbeat, scheduled with setImmediate, comes back on every turn of the event loop. It
 * returns how many accounts had been billed each time the heartbeat ran, from 0 before the call to the total after.
 */
async function heartbeatsDuring({ buildInvoices }: typeof Kata, count: number): Promise<number[]> {
  let billed = 0;
  let finished = false;
  const seen = [0];
  const beat = () => {
    if (finished) return;
    seen.push(billed);
    setImmediate(beat);
  };
  setImmediate(beat);
  try {
    await buildInvoices(accounts(count), (account) => {
      billed += 1;
      return account.id;
    });
  } finally {
    finished = true;
  }
  seen.push(billed);
  return seen;
}

/** Waits a few turns of the event loop, so that work left scheduled by the code under test has had its chance to run. */
async function turns(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

export default defineSpec<typeof Kata>()({
  'every account is billed once, and the invoices come back in the order of the accounts': async ({
    buildInvoices,
  }) => {
    const billed: number[] = [];
    const invoices = await buildInvoices(accounts(250), (account) => {
      billed.push(account.id);
      return { account: account.id, total: account.cents };
    });
    assert.deepEqual(
      billed,
      accounts(250).map((a) => a.id),
      'each account must be billed once, in order',
    );
    assert.deepEqual(
      invoices,
      accounts(250).map((a) => ({ account: a.id, total: a.cents })),
      'the invoices must be what bill returned, in the order of the accounts',
    );
    assert.deepEqual(await buildInvoices([], () => 1), [], 'no accounts must give no invoices');
  },
  'a heartbeat on the event loop runs while the accounts are being billed': async (kata) => {
    const seen = await heartbeatsDuring(kata, 1000);
    assert.ok(
      seen.some((billed) => billed > 0 && billed < 1000),
      `the heartbeat never ran between the first and the last of 1000 accounts: it saw ${[...new Set(seen)].join(', ')}`,
    );
  },
  'no more than 100 accounts are billed between two turns of the event loop': async (kata) => {
    for (const count of [1000, 250, 100, 99]) {
      const seen = await heartbeatsDuring(kata, count);
      const gaps = seen.slice(1).map((billed, i) => billed - (seen[i] ?? 0));
      assert.ok(
        Math.max(...gaps) <= 100,
        `with ${count} accounts, ${Math.max(...gaps)} were billed without a turn of the event loop in between`,
      );
    }
  },
  'a bill that throws rejects the call with its error, and no later account is billed': async ({ buildInvoices }) => {
    const declined = new Error('card declined for account 150');
    let billed = 0;
    await assert.rejects(
      buildInvoices(accounts(1000), (account) => {
        billed += 1;
        if (account.id === 150) throw declined;
        return account.id;
      }),
      (error) => error === declined,
      'the call must reject with the error the bill threw',
    );
    await turns(3);
    assert.equal(billed, 150, `${billed - 150} accounts were billed after the one that failed`);
  },
});
