import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loader } from '#kit/runner.ts';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const all = Object.keys(spec.checks) as (keyof typeof spec.checks)[];
const parsing = all.filter((name) => name.startsWith('parseEvent'));
const placed = JSON.stringify({ type: 'order.placed', orderId: 'A-17', total: 42.5 });

// Runs commonjs/index.cjs in a new Node process, printing what require('./event.cjs') hands out inside the cycle.
const commonJsProbe = `
const Module = require('node:module');
const load = Module.prototype.require;
Module.prototype.require = function (id) {
  const exported = load.call(this, id);
  if (id === './event.cjs') console.log('require("./event.cjs") gave an object with keys', JSON.stringify(Object.keys(exported)));
  return exported;
};
try {
  require(process.argv[1]);
} catch (error) {
  console.log(String(error));
}
`;

describeKata(
  import.meta.url,
  spec,
  {
    broken: all,
    'import-at-the-bottom': all,
    'reorder-the-index': all,
    'barrel-import': all,
    'dynamic-import': parsing,
    'implements-instead-of-extends': [
      'the event classes work on their own, and each is an OrderEvent',
      'parseEvent turns an order.placed body into an OrderPlaced',
      'parseEvent turns an order.cancelled body into an OrderCancelled',
    ],
  },
  ({ broken, fixed, wrongFix, files }) => {
    it('broken: under Node, loading the index throws a ReferenceError: OrderEvent is not initialized yet', async () => {
      await expect(broken()).rejects.toThrow(new ReferenceError("Cannot access 'OrderEvent' before initialization"));
    });

    it('broken: bundled by esbuild, the same modules throw a TypeError instead, as classes become vars', async () => {
      await expect(loader(files.broken)()).rejects.toThrow(
        new TypeError('Class extends value undefined is not a constructor or null'),
      );
    });

    it('broken: in CommonJS, require hands the cycle a half-built {}, and Node warns about it', async () => {
      const run = await promisify(execFile)(process.execPath, [
        '-e',
        commonJsProbe,
        join(files.readme, '../commonjs/index.cjs'),
      ]);
      expect(run.stdout).toBe(
        [
          'require("./event.cjs") gave an object with keys []',
          'TypeError: Class extends value undefined is not a constructor or null',
          '',
        ].join('\n'),
      );
      expect(run.stderr).toContain(
        "Warning: Accessing non-existent property 'OrderEvent' of module exports inside circular dependency",
      );
    });

    it('broken: wrong fix "dynamic-import" loads, but parseEvent answers with a Promise', async () => {
      const { parseEvent, OrderPlaced } = await wrongFix('dynamic-import')();
      const answer: unknown = parseEvent(placed);
      expect(answer).toBeInstanceOf(Promise);
      expect(await answer).toBeInstanceOf(OrderPlaced);
    });

    it('broken: wrong fix "implements-instead-of-extends" loads, but its events are no OrderEvents', async () => {
      const { parseEvent, OrderEvent } = await wrongFix('implements-instead-of-extends')();
      const event = parseEvent(placed);
      expect(event.describe()).toBe('order A-17 placed, total 42.50');
      expect(event).not.toBeInstanceOf(OrderEvent);
    });

    it('fixed: with parseEvent in a module of its own, nothing imports event.ts back, and the index loads', async () => {
      const { parseEvent, OrderEvent } = await fixed();
      expect(parseEvent(placed)).toBeInstanceOf(OrderEvent);
    });
  },
);
