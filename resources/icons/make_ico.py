#!/usr/bin/env python3
"""make_ico.py OUT.ico PNG...: a Windows icon file holding the given PNG images as they are
(PNG-compressed entries, which Windows reads since Vista), for tokenscope.exe's icon resource."""
import struct
import sys


def png_size(data: bytes, name: str) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        sys.exit(f"make_ico.py: {name} is not a PNG file")
    return struct.unpack(">II", data[16:24])


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit("usage: make_ico.py OUT.ico PNG...")
    images = []
    for name in sys.argv[2:]:
        with open(name, "rb") as f:
            data = f.read()
        width, height = png_size(data, name)
        if width > 256 or height > 256:
            sys.exit(f"make_ico.py: {name} is {width}x{height}; an icon entry is at most 256x256")
        images.append((width, height, data))
    images.sort(key=lambda image: image[0])
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for width, height, data in images:
        # 256 is written as 0; 32 bits per pixel; no palette.
        out += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _, _, data in images:
        out += data
    with open(sys.argv[1], "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
