export interface Decoded {
  readonly value: number;
  readonly length: number;
}

function byteAt(bytes: Uint8Array, index: number): number {
  const byte = bytes[index];
  if (byte === undefined) throw new RangeError(`the buffer ends before byte ${index}`);
  return byte;
}

export function readUint32BE(bytes: Uint8Array, offset: number): number {
  // the whole buffer behind the array, from its start, which is not where a view into it starts
  return new DataView(bytes.buffer).getUint32(offset);
}

export function readU29(bytes: Uint8Array, offset: number): Decoded {
  let value = 0;
  for (let i = 0; i < 3; i++) {
    const byte = byteAt(bytes, offset + i);
    if ((byte & 0x80) === 0) return { value: (value << 7) | byte, length: i + 1 };
    value = (value << 7) | (byte & 0x7f);
  }
  return { value: (value << 8) | byteAt(bytes, offset + 3), length: 4 };
}

export function readI29(bytes: Uint8Array, offset: number): Decoded {
  const { value, length } = readU29(bytes, offset);
  return { value: (value << 3) >> 3, length };
}
