import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const allOnes = Uint8Array.of(0xff, 0xff, 0xff, 0xff);

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a 32-bit field with its top bit set reads as a positive number',
      "an I29 with bit 28 set is negative, in two's complement",
    ],
    'absolute-value': ['a 32-bit field with its top bit set reads as a positive number'],
    'dataview-of-the-whole-buffer': [
      'a 32-bit field below 2^31 reads as written',
      'a 32-bit field with its top bit set reads as a positive number',
      'a field cut short by the end of the buffer is a RangeError that says so',
    ],
    'shift-by-four': [
      "an I29 with bit 28 set is negative, in two's complement",
      'an I29 with bit 28 clear reads as its U29',
    ],
    'sign-and-magnitude': ["an I29 with bit 28 set is negative, in two's complement"],
    'signed-shift': ['a 32-bit field with its top bit set reads as a positive number'],
    'unsigned-first-byte-only': ['a 32-bit field with its top bit set reads as a positive number'],
    'unsigned-sign-extension': ["an I29 with bit 28 set is negative, in two's complement"],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: << gives a signed 32-bit integer, and >>> 0 reads it back as unsigned', () => {
      expect(0x80 << 24).toBe(-2147483648);
      expect((0x80 << 24) >>> 0).toBe(2147483648);
      expect(0x1fffffff | 0).toBe(536870911);
      expect((0x1fffffff << 3) >> 3).toBe(-1);
    });

    it('broken: a field of four 0xff bytes reads as -1, and the I29 of the same bytes as 536870911', async () => {
      const { readUint32BE, readI29 } = await broken();
      expect(readUint32BE(allOnes, 0)).toBe(-1);
      expect(readI29(allOnes, 0)).toEqual({ value: 536870911, length: 4 });
    });

    it('broken: wrong fix "unsigned-first-byte-only" is made signed again by the next |', async () => {
      const { readUint32BE } = await wrongFix('unsigned-first-byte-only')();
      expect(readUint32BE(Uint8Array.of(0x80, 0, 0, 1), 0)).toBe(-2147483647);
    });

    it('broken: wrong fix "sign-and-magnitude" reads -1 as -268435455', async () => {
      const { readI29 } = await wrongFix('sign-and-magnitude')();
      expect(readI29(allOnes, 0).value).toBe(-268435455);
    });

    it("fixed: the same bytes read as 4294967295 unsigned and as -1 in 29-bit two's complement", async () => {
      const { readUint32BE, readU29, readI29 } = await fixed();
      expect(readUint32BE(allOnes, 0)).toBe(4294967295);
      expect(readU29(allOnes, 0)).toEqual({ value: 0x1fffffff, length: 4 });
      expect(readI29(allOnes, 0)).toEqual({ value: -1, length: 4 });
      expect(() => readUint32BE(allOnes, 1)).toThrow(new RangeError('the buffer ends before byte 4'));
    });
  },
);
