import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const recipients = ['ana@shop.example', 'ben@shop.example', 'cy@shop.example'] as const;
type Recipient = (typeof recipients)[number];

/**
 * A mail server the check drives by hand: each send waits until the check delivers it or fails it. An outcome
 * decided before its send starts is kept, and the send settles with it as soon as it starts.
 */
function mailServer() {
  const waiting = new Map<string, { deliver: () => void; fail: () => void }>();
  const decided = new Map<string, 'deliver' | 'fail'>();
  const started: string[] = [];
  const settle = (to: Recipient, outcome: 'deliver' | 'fail') => {
    const send = waiting.get(to);
    if (send === undefined) decided.set(to, outcome);
    else send[outcome]();
  };
  return {
    started,
    send: (to: string) =>
      new Promise<void>((resolve, reject) => {
        started.push(to);
        const send = { deliver: resolve, fail: () => reject(new Error(`no mail server for ${to}`)) };
        const outcome = decided.get(to);
        if (outcome === undefined) waiting.set(to, send);
        else send[outcome]();
      }),
    deliver: (to: Recipient) => settle(to, 'deliver'),
    fail: (to: Recipient) => settle(to, 'fail'),
  };
}

// Lets every promise callback and every pending send run: a turn of the event loop, not a wait for time.
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Starts emailInvoice, and tells whether its report has come yet. */
function start(emailInvoice: typeof Kata.emailInvoice, server: ReturnType<typeof mailServer>) {
  let reported = false;
  const report = emailInvoice(recipients, server.send).finally(() => {
    reported = true;
  });
  report.catch(() => undefined);
  return { report, reported: () => reported };
}

export default defineSpec<typeof Kata>()({
  'every recipient is sent the invoice at once, before any send finishes': async ({ emailInvoice }) => {
    const server = mailServer();
    const { report } = start(emailInvoice, server);
    await nextTurn();
    assert.deepEqual(server.started, recipients, `only ${JSON.stringify(server.started)} were started at once`);
    recipients.forEach(server.deliver);
    await report;
  },
  'when every send succeeds, every recipient is reported sent': async ({ emailInvoice }) => {
    const server = mailServer();
    const { report } = start(emailInvoice, server);
    await nextTurn();
    recipients.forEach(server.deliver);
    await nextTurn();
    assert.deepEqual(await report, { sent: recipients, failed: [] });
  },
  'a failed send is reported failed, and the sends that succeed after it are reported sent': async ({
    emailInvoice,
  }) => {
    const server = mailServer();
    const { report } = start(emailInvoice, server);
    await nextTurn();
    server.fail('ben@shop.example');
    await nextTurn();
    server.deliver('cy@shop.example');
    server.deliver('ana@shop.example');
    await nextTurn();
    const got = await report;
    assert.deepEqual(
      got,
      { sent: ['ana@shop.example', 'cy@shop.example'], failed: ['ben@shop.example'] },
      `ben's send failed and the others were delivered, but the report says ${JSON.stringify(got)}`,
    );
  },
  'the report waits for every send, so a failure after the first is reported too': async ({ emailInvoice }) => {
    const server = mailServer();
    const { report, reported } = start(emailInvoice, server);
    await nextTurn();
    server.fail('ana@shop.example');
    server.deliver('ben@shop.example');
    await nextTurn();
    assert.equal(reported(), false, "the report came while cy's send was still under way");
    server.fail('cy@shop.example');
    await nextTurn();
    const got = await report;
    assert.deepEqual(
      got,
      { sent: ['ben@shop.example'], failed: ['ana@shop.example', 'cy@shop.example'] },
      `ana's and cy's sends failed and ben's was delivered, but the report says ${JSON.stringify(got)}`,
    );
  },
});
