import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Logged = Record<string, unknown>;

const parse = (line: string): Logged => JSON.parse(line) as Logged;
const field = (logged: unknown, key: string): unknown => (logged as Logged | undefined)?.[key];

function assertLoggedError(logged: unknown, error: Error, where: string): void {
  because(`${where} must be logged as an object, not as ${JSON.stringify(logged)}`, () =>
    assert.equal(typeof logged, 'object'),
  );
  because(`${where} lost its name`, () => assert.equal(field(logged, 'name'), error.name));
  because(`${where} lost its message`, () => assert.equal(field(logged, 'message'), error.message));
  because(`${where} lost its stack`, () => assert.equal(field(logged, 'stack'), error.stack));
}

class SessionError extends Error {
  override name = 'SessionError';
  readonly tokenId = 't-81';
}

export default defineSpec<typeof Kata>()({
  'a line without errors is the JSON of its fields, with bigints as strings, on one line': ({ logLine }) => {
    const fields = { orderId: 42, customer: { id: 'c-7', tags: ['vip', null] }, at: new Date(0), note: undefined };
    const line = logLine('charge started', { ...fields, amountCents: 1999n });
    because('the fields must be written as JSON.stringify writes them, and a bigint as a string of its digits', () =>
      assert.deepEqual(parse(line), {
        ...JSON.parse(JSON.stringify({ event: 'charge started', ...fields })),
        amountCents: '1999',
      }),
    );
    assert.ok(!line.includes('\n'), 'a log line must not contain a line break');
  },
  'an error keeps its name and message': ({ logLine }) => {
    for (const error of [new TypeError('card declined'), new RangeError('amount out of range'), new Error('boom')]) {
      const logged = field(parse(logLine('charge failed', { orderId: 42, error })), 'error');
      because(`the ${error.name} lost its name: ${JSON.stringify(logged)}`, () =>
        assert.equal(field(logged, 'name'), error.name),
      );
      because(`the ${error.name} lost its message`, () => assert.equal(field(logged, 'message'), error.message));
    }
  },
  'an error keeps its stack, and the line stays one line': ({ logLine }) => {
    const error = new TypeError('card declined');
    const line = logLine('charge failed', { error });
    assert.equal(typeof error.stack, 'string');
    because('the stack is missing or changed', () =>
      assert.equal(field(field(parse(line), 'error'), 'stack'), error.stack),
    );
    assert.ok(!line.includes('\n'), 'the line breaks of the stack must be escaped in the log line');
  },
  'an error keeps the fields of its own, such as code': ({ logLine }) => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
      port: 5432,
    });
    const logged = field(parse(logLine('db down', { error: refused })), 'error');
    because('the code of the error is missing', () => assert.equal(field(logged, 'code'), 'ECONNREFUSED'));
    because('the port of the error is missing', () => assert.equal(field(logged, 'port'), 5432));
    const session = field(parse(logLine('session refused', { error: new SessionError('bad token') })), 'error');
    assert.equal(field(session, 'name'), 'SessionError');
    because('the tokenId field of the SessionError is missing', () => assert.equal(field(session, 'tokenId'), 't-81'));
  },
  'a cause is logged as an error too, at every depth': ({ logLine }) => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const lookup = new TypeError('could not load customer c-7', { cause: refused });
    const charge = new Error('could not charge order 42', { cause: lookup });
    const logged = field(parse(logLine('charge failed', { error: charge })), 'error');
    assertLoggedError(logged, charge, 'the error');
    assertLoggedError(field(logged, 'cause'), lookup, 'its cause');
    assertLoggedError(field(field(logged, 'cause'), 'cause'), refused, 'the cause of its cause');
    because('the innermost code is missing', () =>
      assert.equal(field(field(field(logged, 'cause'), 'cause'), 'code'), 'ECONNREFUSED'),
    );
  },
  'a cause that is not an error is logged as it is': ({ logLine }) => {
    for (const cause of ['timeout', { attempt: 3, limit: 3 }, ['a', 'b']]) {
      const logged = field(parse(logLine('retry failed', { error: new Error('gave up', { cause }) })), 'error');
      because(`the cause ${JSON.stringify(cause)} changed`, () => assert.deepEqual(field(logged, 'cause'), cause));
      assert.equal(field(logged, 'message'), 'gave up');
    }
  },
  'an AggregateError logs each of its errors': ({ logLine }) => {
    const timeout = Object.assign(new Error('mirror 1 timed out'), { code: 'ETIMEDOUT' });
    const notFound = new RangeError('mirror 2 has no such file', { cause: 'HTTP 404' });
    const all = new AggregateError([timeout, notFound], 'every mirror failed');
    const logged = field(parse(logLine('download failed', { error: all })), 'error');
    assertLoggedError(logged, all, 'the AggregateError');
    const errors = field(logged, 'errors');
    assert.ok(
      Array.isArray(errors) && errors.length === 2,
      `errors must be logged as a list of two: ${JSON.stringify(errors)}`,
    );
    assertLoggedError(errors[0], timeout, 'its first error');
    because('the code of its first error is missing', () => assert.equal(field(errors[0], 'code'), 'ETIMEDOUT'));
    assertLoggedError(errors[1], notFound, 'its second error');
    because('the cause of its second error is missing', () => assert.equal(field(errors[1], 'cause'), 'HTTP 404'));
  },
  'an error anywhere inside the fields is logged as an error': ({ logLine }) => {
    const last = new TypeError('card declined');
    const failures = [new Error('first attempt'), new RangeError('second attempt')];
    const logged = parse(logLine('job gave up', { job: { id: 7, lastError: last }, failures }));
    assert.equal(field(field(logged, 'job'), 'id'), 7);
    assertLoggedError(field(field(logged, 'job'), 'lastError'), last, 'an error inside an object field');
    const list = field(logged, 'failures') as unknown[];
    failures.forEach((failure, i) => assertLoggedError(list[i], failure, `error ${i} of a list field`));
  },
  'logging leaves the errors, and errors in general, as they were': ({ logLine }) => {
    const inner = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const outer = new TypeError('could not load customer c-7', { cause: inner });
    const all = new AggregateError([outer], 'every mirror failed');
    const before = [all, outer, inner].map((error) => Object.getOwnPropertyDescriptors(error));
    logLine('charge failed', { error: all });
    const after = [all, outer, inner].map((error) => Object.getOwnPropertyDescriptors(error));
    because('logging changed the properties of an error it was given', () => assert.deepEqual(after, before));
    because('JSON.stringify of any error changed, not only in logLine', () =>
      assert.equal(JSON.stringify(new Error('elsewhere')), '{}'),
    );
  },
});

/** Runs an assertion, and puts what went wrong, in words, in front of the assertion's own explanation. */
function because(what: string, assertion: () => void): void {
  try {
    assertion();
  } catch (error) {
    if (error instanceof assert.AssertionError) error.message = `${what}\n${error.message}`;
    throw error;
  }
}
