#!/usr/bin/env python3
"""Draws the Teams app icons (color 192x192, outline 32x32 white on transparent) without image libraries."""
import struct
import zlib


def png(path, width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def bubble(x, y, size):
    """A speech bubble: a rounded rectangle with a tail at the lower left, in a size x size square."""
    s = size / 32.0
    left, top, right, bottom, r = 3 * s, 5 * s, 29 * s, 22 * s, 4 * s
    inside = left <= x <= right and top <= y <= bottom
    for cx, cy in ((left + r, top + r), (right - r, top + r), (left + r, bottom - r), (right - r, bottom - r)):
        if (x < left + r or x > right - r) and (y < top + r or y > bottom - r) and (x - cx) ** 2 + (y - cy) ** 2 > r * r:
            if abs(x - cx) <= r and abs(y - cy) <= r:
                inside = False
    tail = 8 * s <= x <= 15 * s and 21 * s <= y <= 28 * s and (x - 8 * s) <= (28 * s - y)
    return inside or tail


def dots(x, y, size):
    """Three dots inside the bubble: someone is talking."""
    s = size / 32.0
    return any((x - cx * s) ** 2 + (y - 13.5 * s) ** 2 <= (2.2 * s) ** 2 for cx in (10, 16, 22))


purple, white, clear = (75, 83, 188, 255), (255, 255, 255, 255), (0, 0, 0, 0)
png("color.png", 192, 192, lambda x, y: purple if not bubble(x, y, 192) or dots(x, y, 192) else white)
png("outline.png", 32, 32, lambda x, y: white if bubble(x + 0.5, y + 0.5, 32) and not dots(x + 0.5, y + 0.5, 32) else clear)
