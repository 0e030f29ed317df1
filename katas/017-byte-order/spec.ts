import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Header = Kata.MessageHeader;

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
const hexOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');

// Worked out by hand: timestamp (3 bytes), length (3 bytes) and type id (1 byte), big-endian; then the message
// stream id, 4 bytes little-endian.
const wire: readonly (readonly [string, Header])[] = [
  ['0003e8 00012c 08 01000000', { timestamp: 1000, length: 300, typeId: 8, streamId: 1 }],
  ['123456 00abcd 09 78563412', { timestamp: 0x123456, length: 0xabcd, typeId: 9, streamId: 0x12345678 }],
  ['000000 ffffff 14 00000000', { timestamp: 0, length: 0xffffff, typeId: 20, streamId: 0 }],
  ['010203 800000 12 04030201', { timestamp: 0x010203, length: 0x800000, typeId: 18, streamId: 0x01020304 }],
  ['fffffe 000001 0f 00010000', { timestamp: 0xfffffe, length: 1, typeId: 15, streamId: 256 }],
];
const highStreamIds: readonly (readonly [string, Header])[] = [
  ['0003e8 00012c 08 00000080', { timestamp: 1000, length: 300, typeId: 8, streamId: 0x80000000 }],
  ['0003e8 00012c 08 feffffff', { timestamp: 1000, length: 300, typeId: 8, streamId: 0xfffffffe }],
  ['0003e8 00012c 08 ffffffff', { timestamp: 1000, length: 300, typeId: 8, streamId: 0xffffffff }],
];
const bytesOf = (field: string) => hex(field.replaceAll(' ', ''));

function assertStreamIds(read: typeof Kata.readMessageHeader, vectors: typeof wire): void {
  for (const [field, header] of vectors) {
    const { streamId } = read(bytesOf(field), 0);
    assert.equal(streamId, header.streamId, `the stream id of ${field} is ${header.streamId}, not ${streamId}`);
  }
}

export default defineSpec<typeof Kata>()({
  'the timestamp, length and type id read big-endian, as the wire sends them': ({ readMessageHeader }) => {
    for (const [field, { timestamp, length, typeId }] of wire) {
      const read = readMessageHeader(bytesOf(field), 0);
      assert.deepEqual(
        { timestamp: read.timestamp, length: read.length, typeId: read.typeId },
        { timestamp, length, typeId },
        `the header ${field} has the timestamp ${timestamp}, the length ${length} and the type id ${typeId}`,
      );
    }
  },
  'the message stream id reads little-endian': ({ readMessageHeader }) => {
    assertStreamIds(readMessageHeader, wire);
  },
  'a stream id of 2^31 or more reads as a positive number': ({ readMessageHeader }) => {
    assertStreamIds(readMessageHeader, highStreamIds);
  },
  'a header reads the same at any offset of any view, and reading leaves the bytes as they were': ({
    readMessageHeader,
  }) => {
    for (const [field] of [...wire, ...highStreamIds]) {
      const bytes = bytesOf(field);
      const alone = { ...readMessageHeader(bytesOf(field), 0) };
      for (const before of [1, 2, 3, 5]) {
        const memory = new Uint8Array(before + 20 + bytes.length).fill(0xa5);
        memory.set(bytes, before + 20);
        const views = [memory.subarray(20), Buffer.from(memory).subarray(20)];
        for (const view of views) {
          const was = hexOf(view);
          const what = `the header ${field} at offset ${before} of a view that starts ${view.byteOffset} bytes into its buffer`;
          assert.deepEqual(
            { ...readMessageHeader(view, before) },
            alone,
            `${what} reads differently from the same 11 bytes on their own`,
          );
          assert.equal(hexOf(view), was, `reading ${what} changed the bytes`);
          assert.deepEqual({ ...readMessageHeader(view, before) }, alone, `${what} reads differently the second time`);
        }
      }
    }
  },
  'a header cut short by the end of its bytes is a RangeError': ({ readMessageHeader }) => {
    const [field] = wire[0] ?? [''];
    const whole = bytesOf(field);
    const inPool = Buffer.from(whole);
    const cases: [string, Uint8Array, number][] = [
      ['ten bytes', whole.subarray(0, 10), 0],
      ['eleven bytes at offset 1', whole, 1],
      ['seven bytes, up to the stream id', whole.subarray(0, 7), 0],
      ['ten bytes of a bigger buffer', inPool.subarray(0, 10), 0],
      ['ten bytes that start a bigger buffer', new Uint8Array(whole.buffer.slice(0), 0, 10), 0],
      ['no bytes at all', new Uint8Array(0), 0],
    ];
    for (const [what, bytes, offset] of cases) {
      assert.throws(
        () => readMessageHeader(bytes, offset),
        RangeError,
        `reading a header from ${what} must throw a RangeError`,
      );
    }
  },
  'a written header has the timestamp, length and type id big-endian': ({ writeMessageHeader }) => {
    for (const [field, header] of [...wire, ...highStreamIds]) {
      const written = writeMessageHeader(header);
      assert.equal(written.length, 11, 'a type-0 message header is 11 bytes long');
      const expected = field.replaceAll(' ', '').slice(0, 14);
      assert.equal(hexOf(written).slice(0, 14), expected, `${JSON.stringify(header)} must start ${expected}`);
    }
  },
  'a written header has the message stream id little-endian': ({ writeMessageHeader }) => {
    for (const [field, header] of [...wire, ...highStreamIds]) {
      const expected = field.replaceAll(' ', '').slice(14);
      const written = hexOf(writeMessageHeader(header)).slice(14);
      assert.equal(written, expected, `the stream id ${header.streamId} must be written ${expected}, not ${written}`);
    }
  },
});
