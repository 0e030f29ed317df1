import { readI29, readUint32BE } from './broken.ts';

const bytes = Uint8Array.of(0x80, 0x00, 0x00, 0x01, 0xff, 0xff, 0xff, 0xff);
console.log(readUint32BE(bytes, 0));
console.log(readUint32BE(bytes, 4));
console.log(readI29(bytes, 4));
console.log(readI29(Uint8Array.of(0x86, 0xca, 0x3f), 0));
