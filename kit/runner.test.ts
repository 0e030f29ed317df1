import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loader } from './runner.ts';
import { defineSpec, runSpec } from './spec.ts';

const dir = mkdtempSync(join(tmpdir(), 'gotcha-runner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Counter {
  readonly counted: string[];
  readonly count: (word: string) => number;
}

// Module state on purpose: a shared array that each call pushes onto.
writeFileSync(
  join(dir, 'counter.ts'),
  'export const counted: string[] = [];\nexport const count = (word: string): number => counted.push(word);\n',
);

describe('fresh instances', () => {
  it('gives each load a new instance of the module, with its own module state, from one loader or from two', async () => {
    const load = loader<Counter>(join(dir, 'counter.ts'));
    const first = await load();
    first.count('a');
    first.count('b');
    const second = await load();
    expect(second.counted).toEqual([]);
    expect(second.count('c')).toBe(1);
    // A second loader reads the bundle from the disk cache, and still starts from nothing.
    const third = await loader<Counter>(join(dir, 'counter.ts'))();
    expect(third.counted).toEqual([]);
    expect(first.counted).toEqual(['a', 'b']);
  });

  it('never lets the module state one check leaves decide another check', async () => {
    const spec = defineSpec<Counter>()({
      'the first count is 1': ({ count }) => assert.equal(count('x'), 1),
      'the first count is still 1': ({ count }) => assert.equal(count('y'), 1),
      'nothing is counted yet': ({ counted }) => assert.deepEqual(counted, []),
    });
    const results = await runSpec(spec, loader<Counter>(join(dir, 'counter.ts')));
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['the first count is 1', true],
      ['the first count is still 1', true],
      ['nothing is counted yet', true],
    ]);
  });
});
