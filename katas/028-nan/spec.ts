import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const shown = (log: readonly number[]) => `[${log.map(String).join(', ')}]`;

function published(readsToPublish: typeof Kata.readsToPublish, log: readonly number[], expected: number[]): void {
  const reads = readsToPublish(log);
  assert.deepEqual(reads, expected, `the log ${shown(log)} published ${shown(reads)}, not ${shown(expected)}`);
}

function typedAs(parseTypedReading: typeof Kata.parseTypedReading, typed: string, expected: number | undefined): void {
  const reading = parseTypedReading(typed);
  assert.ok(
    Object.is(reading, expected),
    `typing ${JSON.stringify(typed)} gave ${String(reading)}, not ${expected ?? 'undefined (no reading)'}`,
  );
}

export default defineSpec<typeof Kata>()({
  'the first failed read, logged as NaN, is found by its index': ({ firstFailedRead }) => {
    const log = [21.5, 22, NaN, 22.5, NaN];
    const index = firstFailedRead(log);
    assert.equal(index, 2, `in ${shown(log)} the first failed read is at index 2, but it gave ${String(index)}`);
    assert.equal(firstFailedRead([NaN]), 0, 'a log whose only read failed failed at index 0');
  },
  'a log in which no read failed has no first failure': ({ firstFailedRead }) => {
    assert.equal(firstFailedRead([21.5, 22]), undefined, 'no read of [21.5, 22] failed, so the answer is undefined');
    assert.equal(firstFailedRead([]), undefined, 'an empty log has no failed read');
  },
  'a read is published when it differs from the read before it': ({ readsToPublish }) => {
    published(readsToPublish, [21.5, 21.5, 22, 21.5], [21.5, 22, 21.5]);
    published(readsToPublish, [], []);
  },
  'a run of failed reads is published once, as the failure it is': ({ readsToPublish }) => {
    published(readsToPublish, [21.5, NaN, NaN, NaN, 22], [21.5, NaN, 22]);
    published(readsToPublish, [NaN, 21.5, NaN, NaN], [NaN, 21.5, NaN]);
  },
  'a number typed on the form is read as that number, 0 included': ({ parseTypedReading }) => {
    typedAs(parseTypedReading, '19.8', 19.8);
    typedAs(parseTypedReading, '-3', -3);
    typedAs(parseTypedReading, '0', 0);
  },
  'text that is no number is no reading': ({ parseTypedReading }) => {
    typedAs(parseTypedReading, 'n/a', undefined);
    typedAs(parseTypedReading, '21,5', undefined);
    typedAs(parseTypedReading, '19.8°', undefined);
  },
  'a blank field is no reading, not 0': ({ parseTypedReading }) => {
    typedAs(parseTypedReading, '', undefined);
    typedAs(parseTypedReading, '   ', undefined);
  },
});
