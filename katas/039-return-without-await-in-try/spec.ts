import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const stored: Kata.Settings = { theme: 'dark', pageSize: 50 };
const defaults: Kata.Settings = { theme: 'light', pageSize: 20 };

/** A pool of one connection that logs what happens to it; its reads finish, and are logged, on a later turn of the event loop. */
function pool(read: 'ok' | 'fails' | 'no connection' = 'ok') {
  const log: string[] = [];
  const connection: Kata.Connection = {
    async readSettings(userId) {
      await nextTurn();
      log.push(`read ${userId}`);
      if (read === 'fails') throw new Error(`the settings of ${userId} could not be read`);
      return stored;
    },
  };
  return {
    log,
    acquire(): Kata.Connection {
      if (read === 'no connection') throw new Error('the pool has no free connection');
      log.push('acquire');
      return connection;
    },
    release(released: Kata.Connection): void {
      log.push(released === connection ? 'release' : 'release of another connection');
    },
  };
}

/** Work that takes a turn of the event loop and logs when it is done. */
function work<T>(log: string[], outcome: { value: T } | { error: Error }) {
  return async (): Promise<T> => {
    await nextTurn();
    log.push('work done');
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

export default defineSpec<typeof Kata>()({
  'stored settings are returned as they are': async ({ loadSettings }) => {
    const ada = pool();
    assert.deepEqual(await loadSettings(ada, 'ada'), stored, "loadSettings did not return ada's stored settings");
    assert.deepEqual(ada.log, ['acquire', 'read ada', 'release'], `the pool saw ${ada.log.join(', ')}`);
  },
  'a failed read falls back to the defaults': async ({ loadSettings }) => {
    for (const trouble of ['fails', 'no connection'] as const) {
      const outcome = await settle(loadSettings(pool(trouble), 'bob'));
      assert.deepEqual(
        outcome,
        { value: defaults },
        `when the read ${trouble === 'fails' ? 'failed' : 'had no connection'}, loadSettings gave ${'error' in outcome ? `the error "${String(outcome.error)}"` : JSON.stringify(outcome.value)}, not the defaults`,
      );
    }
  },
  'the connection goes back to the pool once, after the work has finished': async ({ withConnection }) => {
    const cy = pool();
    const result = await withConnection(cy, work(cy.log, { value: 42 }));
    assert.equal(result, 42, `withConnection resolved to ${String(result)}, not the work's result`);
    assert.deepEqual(
      cy.log,
      ['acquire', 'work done', 'release'],
      `the pool saw ${cy.log.join(', ')}: the connection went back while in use, or more than once`,
    );
  },
  'a failure of the work reaches the caller, and the connection still goes back once': async ({ withConnection }) => {
    const dee = pool();
    const failure = new Error('the query timed out');
    const outcome = await settle(withConnection(dee, work(dee.log, { error: failure })));
    assert.deepEqual(outcome, { error: failure }, "withConnection did not reject with the work's error");
    assert.deepEqual(dee.log, ['acquire', 'work done', 'release'], `the pool saw ${dee.log.join(', ')}`);
  },
});
