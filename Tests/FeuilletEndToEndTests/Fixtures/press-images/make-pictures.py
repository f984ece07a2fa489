#!/usr/bin/env python3
"""Draws the press tests' PNG pictures (Python's standard library only): translucent.png,
colours under a soft round transparency (an 8-bit soft mask in the PDF), and grey.png, a
grey ramp (Cairo writes it as a DeviceGray image). Run from this folder; the files are committed."""
import struct, zlib

def png(path, width, height, pixel, alpha):
    def row(y):  # filtered by "Sub": each byte less the one a pixel before, which ramps compress well
        raw = b"".join(bytes(pixel(x, y)) for x in range(width))
        size = 4 if alpha else 3
        return b"\1" + bytes((raw[i] - (raw[i - size] if i >= size else 0)) & 0xFF for i in range(len(raw)))
    rows = b"".join(row(y) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

W, H = 400, 300
def translucent(x, y):
    d = ((x - W / 2) ** 2 + (y - H / 2) ** 2) ** 0.5 / (H / 2)
    return (x * 255 // (W - 1), y * 255 // (H - 1), 160, max(0, min(255, int((1.1 - d) * 400))))
png("translucent.png", W, H, translucent, True)
png("grey.png", W, H, lambda x, y: (x * 255 // (W - 1),) * 3, False)
