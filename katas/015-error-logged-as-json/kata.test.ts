import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const nameless = new TypeError('card declined');

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'an error keeps its name and message',
      'an error keeps its stack, and the line stays one line',
      'a cause is logged as an error too, at every depth',
      'a cause that is not an error is logged as it is',
      'an AggregateError logs each of its errors',
      'an error anywhere inside the fields is logged as an error',
    ],
    'cause-one-level': ['a cause is logged as an error too, at every depth'],
    'forget-aggregate': ['an AggregateError logs each of its errors'],
    'make-enumerable': ['logging leaves the errors, and errors in general, as they were'],
    'own-property-names': [
      'an error keeps its name and message',
      'a cause is logged as an error too, at every depth',
      'an AggregateError logs each of its errors',
      'an error anywhere inside the fields is logged as an error',
    ],
    'spread-the-error': [
      'an error keeps its name and message',
      'an error keeps its stack, and the line stays one line',
      'a cause is logged as an error too, at every depth',
      'a cause that is not an error is logged as it is',
      'an AggregateError logs each of its errors',
      'an error anywhere inside the fields is logged as an error',
    ],
    'string-the-error': [
      'an error keeps its name and message',
      'an error keeps its stack, and the line stays one line',
      'an error keeps the fields of its own, such as code',
      'a cause is logged as an error too, at every depth',
      'a cause that is not an error is logged as it is',
      'an AggregateError logs each of its errors',
      'an error anywhere inside the fields is logged as an error',
    ],
    'top-level-fields-only': ['an error anywhere inside the fields is logged as an error'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: an error is written as {}, because none of its properties is enumerable', async () => {
      const { logLine } = await broken();
      expect(logLine('charge failed', { orderId: 42, error: nameless })).toBe(
        '{"event":"charge failed","orderId":42,"error":{}}',
      );
      expect(Object.keys(nameless)).toEqual([]);
      expect(Object.getOwnPropertyNames(nameless).sort()).toEqual(['message', 'stack']);
      expect(Object.hasOwn(nameless, 'name')).toBe(false);
    });

    it('broken: an AggregateError keeps its errors where JSON.stringify does not look', async () => {
      const { logLine } = await broken();
      const all = new AggregateError([nameless], 'every mirror failed');
      expect(Object.getOwnPropertyDescriptor(all, 'errors')?.enumerable).toBe(false);
      expect(logLine('download failed', { error: all })).toBe('{"event":"download failed","error":{}}');
    });

    it('broken: wrong fix "own-property-names" loses the name, and the classic allowlist loses the cause\'s code', async () => {
      const { logLine } = await wrongFix('own-property-names')();
      const logged = JSON.parse(logLine('charge failed', { error: nameless })) as { error: object };
      expect(logged.error).toHaveProperty('message', 'card declined');
      expect(logged.error).not.toHaveProperty('name');
      const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      const failed = new Error('could not charge order 42', { cause: refused });
      const classic = JSON.parse(JSON.stringify(failed, Object.getOwnPropertyNames(failed))) as {
        cause: Record<string, unknown>;
      };
      expect(Object.keys(classic.cause).sort()).toEqual(['message', 'stack']);
    });

    it('broken: wrong fix "make-enumerable" gives the caller\'s error an own name and enumerable message', async () => {
      const { logLine } = await wrongFix('make-enumerable')();
      const error = new RangeError('amount out of range');
      logLine('charge failed', { error });
      expect(Object.keys(error).sort()).toEqual(['message', 'name', 'stack']);
      expect(JSON.stringify(new RangeError('elsewhere'))).toBe('{}');
    });

    it("fixed: the error, its cause and an AggregateError's errors are written with name, message and stack", async () => {
      const { logLine } = await fixed();
      const all = new AggregateError([new Error('mirror 1', { cause: nameless })], 'every mirror failed');
      const logged = JSON.parse(logLine('download failed', { error: all })) as { error: Record<string, unknown> };
      expect(logged.error).toMatchObject({
        name: 'AggregateError',
        message: 'every mirror failed',
        errors: [{ name: 'Error', message: 'mirror 1', cause: { name: 'TypeError', message: 'card declined' } }],
      });
      expect(logged.error.stack).toBe(all.stack);
      expect(JSON.stringify(nameless)).toBe('{}');
    });
  },
);
