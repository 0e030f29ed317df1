import { runInNewContext, runInThisContext } from 'node:vm';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'each closure keeps the i of its own iteration',
      'a method passed as a callback keeps its this',
      'each sum starts from zero',
    ],
    'let-outside-loop': ['each closure keeps the i of its own iteration'],
    'iife-ignores-its-copy': ['each closure keeps the i of its own iteration'],
    'array-from-element': ['each closure keeps the i of its own iteration'],
    'bind-once': ['each sum starts from zero'],
  },
  ({ broken, wrongFix }) => {
    it('broken: every closure sees the i left after the loop, so times 2 gives [8, 8, 8, 8]', async () => {
      const { multipliers } = await broken();
      expect(multipliers(4).map((f) => f(2))).toEqual([8, 8, 8, 8]);
    });

    it('broken: a let declared outside the loop is one binding too', async () => {
      const { multipliers } = await wrongFix('let-outside-loop')();
      expect(multipliers(4).map((f) => f(2))).toEqual([8, 8, 8, 8]);
    });

    it('broken: a method passed as a callback runs with this undefined', async () => {
      const { sum } = await broken();
      expect(() => sum([1, 2, 3])).toThrow(new TypeError("Cannot read properties of undefined (reading 'total')"));
    });

    it('fixed: const suits for-of, but in a for (;;) header it throws at the first i++ (Node 20, 22, 24)', () => {
      const passes: number[] = [];
      const counting = "'use strict'; for (const i = 0; i < 4; i++) passes.push(i);";
      expect(() => {
        runInNewContext(counting, { passes });
      }).toThrow('Assignment to constant variable.');
      expect(passes).toEqual([0]);
      const closures: (() => number)[] = [];
      for (const i of [0, 1, 2, 3]) closures.push(() => i);
      expect(closures.map((f) => f())).toEqual([0, 1, 2, 3]);
    });

    it('broken: a class body is strict code, so a detached method gets this undefined, not the global object', async () => {
      const sloppy: unknown = runInThisContext('(function () { return this; })()');
      expect(sloppy).toBe(globalThis);
      const { Tally } = await broken();
      const add: (amount: number) => void = Reflect.get(Tally.prototype, 'add');
      expect(() => add(1)).toThrow(new TypeError("Cannot read properties of undefined (reading 'total')"));
    });
  },
);
