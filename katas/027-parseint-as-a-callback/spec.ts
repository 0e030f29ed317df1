import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

function expectAtLeast(isAtLeast: typeof Kata.isAtLeast, version: string, minimum: string, expected: boolean): void {
  const got = isAtLeast(version, minimum);
  assert.equal(got, expected, `isAtLeast('${version}', '${minimum}') is ${got}, not ${expected}`);
}

export default defineSpec<typeof Kata>()({
  'a version is read as its numbers, in decimal': ({ parseVersion }) => {
    for (const [text, expected] of [
      ['1.10.3', [1, 10, 3]],
      ['2.0.1', [2, 0, 1]],
      ['0.9.12', [0, 9, 12]],
      ['10.2', [10, 2]],
      ['3', [3]],
      ['4.08.2024', [4, 8, 2024]],
    ] as const) {
      const got = parseVersion(text);
      assert.deepEqual(got, expected, `parseVersion('${text}') is [${got.join(', ')}], not [${expected.join(', ')}]`);
    }
  },
  'a version is compared with the minimum number by number, not as text': ({ isAtLeast }) => {
    expectAtLeast(isAtLeast, '1.10.3', '1.9.0', true);
    expectAtLeast(isAtLeast, '1.9.0', '1.10.3', false);
    expectAtLeast(isAtLeast, '2.0.0', '1.99.99', true);
    expectAtLeast(isAtLeast, '0.9.12', '0.10.0', false);
    expectAtLeast(isAtLeast, '10.0', '9.5', true);
    expectAtLeast(isAtLeast, '1.2.10', '1.2.9', true);
  },
  'a version is at least itself, and a missing part counts as 0': ({ isAtLeast }) => {
    expectAtLeast(isAtLeast, '1.10.3', '1.10.3', true);
    expectAtLeast(isAtLeast, '1.10', '1.10.0', true);
    expectAtLeast(isAtLeast, '1.10.0', '1.10', true);
    expectAtLeast(isAtLeast, '2', '2.0.0', true);
    expectAtLeast(isAtLeast, '1.10', '1.10.1', false);
    expectAtLeast(isAtLeast, '1.10.1', '1.10', true);
  },
});
