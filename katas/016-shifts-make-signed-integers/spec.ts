import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Read = (bytes: Uint8Array, offset: number) => { readonly value: number; readonly length: number };

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/**
 * Reads `field` at offset 0; again after two bytes of padding with a byte of junk after it; and
 * at offset 0 of a view that starts two bytes into its buffer, as a Node Buffer from the pool does.
 */
function assertReads(read: Read, field: string, value: number, what: string): void {
  const padded = hex(`aa55${field}ff`);
  for (const [bytes, offset, where] of [
    [hex(field), 0, 'at offset 0'],
    [padded, 2, 'at offset 2'],
    [padded.subarray(2, 2 + field.length / 2), 0, 'in a view that starts 2 bytes into its buffer'],
  ] as const) {
    const decoded = read(bytes, offset);
    const expected = { value, length: field.length / 2 };
    because(`${what} ${field} ${where} must read as ${JSON.stringify(expected)}`, () =>
      assert.deepEqual({ value: decoded.value, length: decoded.length }, expected),
    );
  }
}

function assertUint32(readUint32BE: (bytes: Uint8Array, offset: number) => number, field: string, value: number) {
  assertReads((bytes, offset) => ({ value: readUint32BE(bytes, offset), length: 4 }), field, value, 'the field');
}

export default defineSpec<typeof Kata>()({
  'a 32-bit field below 2^31 reads as written': ({ readUint32BE }) => {
    assertUint32(readUint32BE, '00000000', 0);
    assertUint32(readUint32BE, '00000100', 256);
    assertUint32(readUint32BE, '00010203', 66051);
    assertUint32(readUint32BE, '7fffffff', 2147483647);
  },
  'a 32-bit field with its top bit set reads as a positive number': ({ readUint32BE }) => {
    assertUint32(readUint32BE, '80000000', 2147483648);
    assertUint32(readUint32BE, '80000001', 2147483649);
    assertUint32(readUint32BE, 'deadbeef', 3735928559);
    assertUint32(readUint32BE, 'ffffffff', 4294967295);
  },
  'a U29 of one to three bytes takes 7 bits from each, while the top bit says another byte follows': ({ readU29 }) => {
    const vectors: [string, number][] = [
      ['00', 0],
      ['05', 5],
      ['7f', 127],
      ['8100', 128],
      ['8154', 212],
      ['ff7f', 16383],
      ['818000', 16384],
      ['86ca3f', 107839],
      ['ffff7f', 2097151],
    ];
    for (const [field, value] of vectors) assertReads(readU29, field, value, 'the U29');
  },
  'a U29 of four bytes takes all 8 bits of the fourth byte': ({ readU29 }) => {
    const vectors: [string, number][] = [
      ['80c08000', 2097152],
      ['80c080ff', 2097407],
      ['bfffffff', 268435455],
      ['c0808000', 268435456],
      ['ffffffff', 536870911],
    ];
    for (const [field, value] of vectors) assertReads(readU29, field, value, 'the U29');
  },
  "an I29 with bit 28 set is negative, in two's complement": ({ readI29 }) => {
    const vectors: [string, number][] = [
      ['ffffffff', -1],
      ['fffffffe', -2],
      ['ffffff80', -128],
      ['c0808000', -268435456],
      ['c0808001', -268435455],
    ];
    for (const [field, value] of vectors) assertReads(readI29, field, value, 'the I29');
  },
  'an I29 with bit 28 clear reads as its U29': ({ readI29 }) => {
    const vectors: [string, number][] = [
      ['00', 0],
      ['7f', 127],
      ['8154', 212],
      ['ffff7f', 2097151],
      ['80c08000', 2097152],
      ['bfffffff', 268435455],
    ];
    for (const [field, value] of vectors) assertReads(readI29, field, value, 'the I29');
  },
  'a field cut short by the end of the buffer is a RangeError that says so': ({ readUint32BE, readU29, readI29 }) => {
    const reads: [string, () => unknown][] = [
      ['readUint32BE of 3 bytes', () => readUint32BE(hex('000000'), 0)],
      ['readUint32BE 4 bytes at offset 1 of 4', () => readUint32BE(hex('00000000'), 1)],
      ['readUint32BE of a 3-byte view into a longer buffer', () => readUint32BE(hex('0000000000').subarray(1, 4), 0)],
      ['readU29 of an empty buffer', () => readU29(hex(''), 0)],
      ['readU29 whose first byte says more follows', () => readU29(hex('81'), 0)],
      ['readU29 whose third byte says more follows', () => readU29(hex('00ffffff'), 1)],
      ['readI29 whose third byte says more follows', () => readI29(hex('ffffff'), 0)],
    ];
    for (const [what, read] of reads) {
      because(`${what} must throw a RangeError`, () => assert.throws(read, RangeError));
      assert.throws(read, (error: RangeError) => {
        because(`${what} threw a RangeError with no message; say what is missing`, () =>
          assert.match(error.message, /\S/),
        );
        return true;
      });
    }
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
