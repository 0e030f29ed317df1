import struct

data = bytes([0x80, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF])
print(data[0] << 24 | data[1] << 16 | data[2] << 8 | data[3])
print(struct.unpack(">I", data[4:])[0])

u29 = 0x1FFFFFFF
print((u29 << 3) >> 3)
print(u29 - (1 << 29) if u29 & (1 << 28) else u29)
