import { endianness } from 'node:os';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const fromWire = () => Uint8Array.from([0x00, 0x03, 0xe8, 0x00, 0x01, 0x2c, 0x08, 0x01, 0x00, 0x00, 0x00]);
const audio = { timestamp: 1000, length: 300, typeId: 8, streamId: 1 };

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'the message stream id reads little-endian',
      'a stream id of 2^31 or more reads as a positive number',
      'a written header has the message stream id little-endian',
    ],
    'all-little-endian': [
      'the timestamp, length and type id read big-endian, as the wire sends them',
      'a written header has the timestamp, length and type id big-endian',
    ],
    'buffer-from-the-arraybuffer': [
      'a header reads the same at any offset of any view, and reading leaves the bytes as they were',
      'a header cut short by the end of its bytes is a RangeError',
    ],
    'reader-only': ['a written header has the message stream id little-endian'],
    'reverse-the-bytes': [
      'a header reads the same at any offset of any view, and reading leaves the bytes as they were',
      'a header cut short by the end of its bytes is a RangeError',
    ],
    'shift-and-or': [
      'a stream id of 2^31 or more reads as a positive number',
      'a header cut short by the end of its bytes is a RangeError',
    ],
    uint32array: [
      'the timestamp, length and type id read big-endian, as the wire sends them',
      'the message stream id reads little-endian',
      'a stream id of 2^31 or more reads as a positive number',
      'a header reads the same at any offset of any view, and reading leaves the bytes as they were',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: stream 1, sent as 01 00 00 00, reads as 16777216 and is written as 00 00 00 01', async () => {
      const { readMessageHeader, writeMessageHeader } = await broken();
      expect(readMessageHeader(fromWire(), 0)).toEqual({ ...audio, streamId: 0x01000000 });
      expect(Buffer.from(writeMessageHeader(audio)).toString('hex')).toBe('0003e800012c0800000001');
    });

    it('broken: its own writer and reader agree, so a round trip hides the bug', async () => {
      const { readMessageHeader, writeMessageHeader } = await broken();
      for (const streamId of [0, 1, 0x12345678, 0xffffffff]) {
        expect(readMessageHeader(writeMessageHeader({ ...audio, streamId }), 0).streamId).toBe(streamId);
      }
    });

    it('broken: DataView is big-endian by default, and a Uint32Array uses the platform order (os.endianness())', () => {
      const bytes = Uint8Array.of(0x01, 0x00, 0x00, 0x00);
      const view = new DataView(bytes.buffer);
      expect([view.getUint32(0), view.getUint32(0, false), view.getUint32(0, true)]).toEqual([
        0x01000000, 0x01000000, 1,
      ]);
      expect(new Uint32Array(bytes.buffer)[0]).toBe(endianness() === 'LE' ? 1 : 0x01000000);
      expect(Buffer.from(bytes).readUInt32LE(0)).toBe(1);
      expect(Buffer.from(bytes).readUInt32BE(0)).toBe(0x01000000);
    });

    it('broken: wrong fix "uint32array" throws, because a Uint32Array must start at a multiple of 4 bytes', async () => {
      const { readMessageHeader } = await wrongFix('uint32array')();
      expect(() => readMessageHeader(fromWire(), 0)).toThrow(
        new RangeError('start offset of Uint32Array should be a multiple of 4'),
      );
    });

    it('broken: wrong fix "reverse-the-bytes" reverses the caller\'s bytes, so a second read differs', async () => {
      const { readMessageHeader } = await wrongFix('reverse-the-bytes')();
      const bytes = fromWire();
      expect(readMessageHeader(bytes, 0).streamId).toBe(1);
      expect(Buffer.from(bytes).toString('hex')).toBe('0003e800012c0800000001');
      expect(readMessageHeader(bytes, 0).streamId).toBe(0x01000000);
    });

    it('broken: wrong fix "buffer-from-the-arraybuffer" reads a view from the start of its buffer', async () => {
      const { readMessageHeader } = await wrongFix('buffer-from-the-arraybuffer')();
      const memory = new Uint8Array(32).fill(0xa5);
      memory.set(fromWire(), 16);
      const view = memory.subarray(16);
      expect(readMessageHeader(view, 0)).toEqual({ ...audio, streamId: 0xa5a5a5a5 });
      expect(Buffer.from(memory.buffer).byteOffset).toBe(0);
      expect(Buffer.from(view.buffer, view.byteOffset, view.byteLength).readUInt32LE(7)).toBe(1);
    });

    it('fixed: stream 1 reads as 1 and is written as 01 00 00 00', async () => {
      const { readMessageHeader, writeMessageHeader } = await fixed();
      expect(readMessageHeader(fromWire(), 0)).toEqual(audio);
      expect(Buffer.from(writeMessageHeader(audio)).toString('hex')).toBe('0003e800012c0801000000');
    });
  },
);
