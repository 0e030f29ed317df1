import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Listener = (reason: unknown) => void;
interface Trap {
  depth: number;
  saved: Listener[];
  readonly caught: Set<unknown>;
  readonly record: Listener;
}

const trapKey = Symbol.for('gotcha-katas: unhandled rejections of kata 038');
const shared = globalThis as { [trapKey]?: Trap };

/** One turn of the event loop: whatever settles in the current macrotask, and its unhandled rejections, come first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `body` with the process's unhandledRejection listeners set aside, so a rejection that nobody handles is
 * recorded in `caught` instead of failing the test run. Windows may overlap (the tests of a kata run concurrently):
 * the first to open sets the listeners aside, the last to close puts them back.
 */
export async function catchingUnhandledRejections<T>(body: (caught: ReadonlySet<unknown>) => Promise<T>): Promise<T> {
  const trap = (shared[trapKey] ??= {
    depth: 0,
    saved: [],
    caught: new Set(),
    record: (reason) => trap.caught.add(reason),
  });
  if (trap.depth++ === 0) {
    trap.saved = process.listeners('unhandledRejection') as Listener[];
    process.removeAllListeners('unhandledRejection');
    process.on('unhandledRejection', trap.record);
  }
  try {
    return await body(trap.caught);
  } finally {
    if (--trap.depth === 0) {
      process.off('unhandledRejection', trap.record);
      for (const listener of trap.saved) process.on('unhandledRejection', listener);
    }
  }
}

/** A mailer whose sends finish on a later turn of the event loop; a send to an address in `failing` rejects. */
function mailer(failing: readonly string[] = []) {
  const delivered: string[] = [];
  const errors = new Map(failing.map((to) => [to, new Error(`the mail server refused ${to}`)]));
  const sends: Promise<unknown>[] = [];
  const send = async (to: string, message: string): Promise<void> => {
    await nextTurn();
    const error = errors.get(to);
    if (error !== undefined) throw error;
    delivered.push(`${to}: ${message}`);
  };
  return {
    delivered,
    errors,
    send(to: string, message: string): Promise<void> {
      const sending = send(to, message);
      sends.push(sending.catch(() => undefined));
      return sending;
    },
    /** Waits until every send started so far has finished, and one more turn, for unhandled rejections to surface. */
    async idle(): Promise<void> {
      await Promise.all(sends);
      await nextTurn();
      await nextTurn();
    },
  };
}

const emails = ['ada@example.com', 'bob@example.com', 'cy@example.com', 'dee@example.com'];

export default defineSpec<typeof Kata>()({
  'every reminder is sent before the returned promise resolves': async ({ sendReminders }) => {
    const outbox = mailer();
    await sendReminders(outbox, emails, 'Your invoice is due');
    const seen = [...outbox.delivered].sort();
    await outbox.idle();
    assert.deepEqual(
      seen,
      emails.map((to) => `${to}: Your invoice is due`),
      `when sendReminders resolved, ${seen.length} of ${emails.length} reminders had been sent`,
    );
  },
  'it resolves to the number of reminders sent': async ({ sendReminders }) => {
    for (const to of [[], emails.slice(0, 1), emails]) {
      const outbox = mailer();
      const sent = await sendReminders(outbox, to, 'Your plan renews tomorrow');
      await outbox.idle();
      assert.equal(sent, to.length, `sendReminders resolved to ${sent} after ${to.length} reminders`);
    }
  },
  "a failed send rejects the returned promise with that send's error": ({ sendReminders }) =>
    catchingUnhandledRejections(async () => {
      const outbox = mailer(['cy@example.com']);
      const outcome = await sendReminders(outbox, emails, 'Your invoice is due').then(
        (sent) => ({ sent }),
        (error: unknown) => ({ error }),
      );
      await outbox.idle();
      assert.ok('error' in outcome, `sendReminders resolved to ${JSON.stringify(outcome)} although a send failed`);
      const refused = outbox.errors.get('cy@example.com');
      const { error } = outcome;
      const cause = error instanceof Error ? error.cause : undefined;
      assert.ok(
        error === refused || cause === refused,
        `sendReminders rejected with ${String(error)}, not the send's error`,
      );
    }),
  'when several sends fail, no failure is left unhandled': ({ sendReminders }) =>
    catchingUnhandledRejections(async (caught) => {
      const outbox = mailer(['ada@example.com', 'cy@example.com']);
      await sendReminders(outbox, emails, 'Your invoice is due').catch(() => undefined);
      await outbox.idle();
      const unhandled = [...outbox.errors.values()].filter((error) => caught.has(error));
      assert.deepEqual(
        unhandled.map(String),
        [],
        'these failures became unhandled rejections, which crash a Node process by default',
      );
    }),
});
