import struct

header = bytes.fromhex("0003e8" "00012c" "08" "01000000")

timestamp = int.from_bytes(header[0:3], "big")
length = int.from_bytes(header[3:6], "big")
(type_id,) = struct.unpack(">B", header[6:7])
print(timestamp, length, type_id)

print(struct.unpack(">I", header[7:11])[0])
print(struct.unpack("<I", header[7:11])[0])
print(struct.pack("<I", 1).hex(), struct.pack(">I", 1).hex())
