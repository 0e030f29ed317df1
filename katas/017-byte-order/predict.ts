import { readMessageHeader, writeMessageHeader } from './broken.ts';

const fromWire = Uint8Array.from([0x00, 0x03, 0xe8, 0x00, 0x01, 0x2c, 0x08, 0x01, 0x00, 0x00, 0x00]);
console.log(readMessageHeader(fromWire, 0));

const ours = writeMessageHeader({ timestamp: 1000, length: 300, typeId: 8, streamId: 1 });
console.log(Buffer.from(ours).toString('hex'));
console.log(readMessageHeader(ours, 0));
